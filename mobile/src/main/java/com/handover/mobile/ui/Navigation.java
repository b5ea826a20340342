package com.handover.mobile.ui;

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

    void back();
}
