package com.handover.systemtest.firstcustomer;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.ui.Choice;
import com.handover.mobile.ui.Navigation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Where the view models send the person holding the phone, remembered instead of shown; a question is answered
 * with the choice the script named beforehand, or left unanswered.
 */
final class ScriptedNavigation implements Navigation {

    private final List<UserMessage> notices = new ArrayList<>();
    private String nextAnswer;
    private UUID lastInspection;
    private UUID lastRectify;

    void answer(String choiceId) {
        this.nextAnswer = choiceId;
    }

    UUID lastInspection() {
        return lastInspection;
    }

    UUID lastRectify() {
        return lastRectify;
    }

    List<UserMessage> notices() {
        return List.copyOf(notices);
    }

    @Override
    public void ask(UserMessage question, Choice... choices) {
        String wanted = nextAnswer;
        nextAnswer = null;
        Arrays.stream(choices).filter(c -> c.id().equals(wanted)).findFirst().ifPresent(c -> c.action().run());
    }

    @Override
    public void tell(UserMessage notice, Choice... actions) {
        notices.add(notice);
    }

    @Override
    public void toInspection(UUID inspectionId) {
        lastInspection = inspectionId;
    }

    @Override
    public void toReInspection(UUID inspectionId) {
        lastInspection = inspectionId;
    }

    @Override
    public void toSignIn() {
    }

    @Override
    public void toHome() {
    }

    @Override
    public void toNewDefect(UUID inspectionId, String room, String itemCode) {
    }

    @Override
    public void toMarkup(UUID defectId, String photoSha) {
    }

    @Override
    public void toSignOff(UUID inspectionId) {
    }

    @Override
    public void toWorkOrder(UUID workOrderId) {
    }

    @Override
    public void toRectify(UUID unitId) {
        lastRectify = unitId;
    }

    @Override
    public void back() {
    }
}
