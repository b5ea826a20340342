package com.handover.mobile.ui;

import com.handover.mobile.i18n.UserMessage;
import java.util.UUID;

/** Where a view model can send the user. The app shows screens; tests record the calls. */
public interface Navigation {

    void toSignIn();

    void toHome();

    void toInspection(UUID inspectionId);

    /** The defect form for a new defect on {@code itemCode} (null: not tied to an item) in {@code room}. */
    void toNewDefect(UUID inspectionId, String room, String itemCode);

    void toMarkup(UUID defectId, String photoSha);

    void toSignOff(UUID inspectionId);

    void toReInspection(UUID inspectionId);

    void toWorkOrder(UUID workOrderId);

    /** 送整改: the unit's open defects, to send to their responsible contractors. */
    void toRectify(UUID unitId);

    void back();

    /** Asks before a step that is hard to take back; nothing happens unless one of {@code choices} is taken. */
    void ask(UserMessage question, Choice... choices);

    /** Says what just happened, with actions such as undo; the notice goes away with the next screen. */
    void tell(UserMessage notice, Choice... actions);
}
