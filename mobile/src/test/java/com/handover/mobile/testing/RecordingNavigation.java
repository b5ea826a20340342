package com.handover.mobile.testing;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.ui.Choice;
import com.handover.mobile.ui.Navigation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records where view models sent the user. */
public final class RecordingNavigation implements Navigation {

    public final List<String> calls = new ArrayList<>();
    /** The choices of the last question or notice, to take one as the person would. */
    public final List<Choice> choices = new ArrayList<>();
    public UserMessage lastPrompt;

    /** Takes the choice with node id {@code id} of the last question or notice. */
    public void choose(String id) {
        Choice c = choices.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + id + " in " + choices));
        choices.clear();
        c.action().run();
    }

    public String last() {
        return calls.isEmpty() ? null : calls.get(calls.size() - 1);
    }

    @Override
    public void toSignIn() {
        calls.add("signIn");
    }

    @Override
    public void toHome() {
        calls.add("home");
    }

    @Override
    public void toInspection(UUID inspectionId) {
        calls.add("inspection:" + inspectionId);
    }

    @Override
    public void toNewDefect(UUID inspectionId, String room, String itemCode) {
        calls.add("defect:" + room + "/" + itemCode);
    }

    @Override
    public void toMarkup(UUID defectId, String photoSha) {
        calls.add("markup:" + defectId);
    }

    @Override
    public void toSignOff(UUID inspectionId) {
        calls.add("signOff:" + inspectionId);
    }

    @Override
    public void toReInspection(UUID inspectionId) {
        calls.add("reinspection:" + inspectionId);
    }

    @Override
    public void toWorkOrder(UUID workOrderId) {
        calls.add("workOrder:" + workOrderId);
    }

    @Override
    public void toRectify(UUID unitId) {
        calls.add("rectify:" + unitId);
    }

    @Override
    public void back() {
        calls.add("back");
    }

    @Override
    public void ask(UserMessage question, Choice... options) {
        calls.add("ask:" + question.key());
        lastPrompt = question;
        choices.clear();
        choices.addAll(List.of(options));
    }

    @Override
    public void tell(UserMessage notice, Choice... actions) {
        calls.add("tell:" + notice.key());
        lastPrompt = notice;
        choices.clear();
        choices.addAll(List.of(actions));
    }
}
