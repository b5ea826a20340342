package com.handover.mobile.testing;

import com.handover.mobile.ui.Navigation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records where view models sent the user. */
public final class RecordingNavigation implements Navigation {

    public final List<String> calls = new ArrayList<>();

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
    public void back() {
        calls.add("back");
    }
}
