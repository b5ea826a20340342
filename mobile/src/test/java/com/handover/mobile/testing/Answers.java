package com.handover.mobile.testing;

import com.handover.mobile.ui.inspection.InspectionViewModel;
import com.handover.mobile.ui.inspection.ItemRow;
import com.handover.model.ItemResult;
import java.util.List;

/** Answers a checklist as an inspector would: measured items get a value within their limit, the rest pass. */
public final class Answers {

    private Answers() {
    }

    /** Every unanswered item of the selected room passes (a measured one with a value at its limit). */
    public static void passRoom(InspectionViewModel model, RecordingNavigation nav) {
        for (ItemRow row : List.copyOf(model.items())) {
            if (row.measurable() && row.result() == ItemResult.NOT_CHECKED) {
                double limit = row.limit().value().doubleValue();
                model.recordMeasured(row, row.limit().bound().name().equals("MAX") ? Math.min(0, limit) : limit);
            }
        }
        if (model.items().stream().anyMatch(r -> r.result() == ItemResult.NOT_CHECKED)) {
            model.passRemainingInRoom();
            nav.choose("confirm-pass-remaining");
        }
    }

    /** Every room of the inspection, as {@link #passRoom}. */
    public static void passAll(InspectionViewModel model, RecordingNavigation nav) {
        for (var room : List.copyOf(model.rooms())) {
            model.selectedRoomProperty().set(room.room().key());
            passRoom(model, nav);
        }
    }
}
