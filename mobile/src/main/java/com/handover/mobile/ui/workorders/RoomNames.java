package com.handover.mobile.ui.workorders;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.InstantiatedRoom;
import com.handover.model.checklist.RoomTemplate;
import java.util.Optional;

/** The name of a room key ("KITCHEN", "BEDROOM-2") from whichever checklist template defines that room. */
final class RoomNames {

    private final ChecklistCatalog catalog;

    RoomNames(ChecklistCatalog catalog) {
        this.catalog = catalog;
    }

    Optional<InstantiatedRoom> room(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        int dash = key.lastIndexOf('-');
        String code = key;
        int ordinal = 0;
        if (dash > 0) {
            try {
                ordinal = Integer.parseInt(key.substring(dash + 1));
                code = key.substring(0, dash);
            } catch (NumberFormatException e) {
                ordinal = 0;
            }
        }
        for (ChecklistTemplate t : catalog.templates()) {
            for (RoomTemplate r : t.rooms()) {
                if (r.code().equals(code) && (r.repeatable() ? ordinal >= 1 && ordinal <= 99 : ordinal == 0)) {
                    return Optional.of(InstantiatedRoom.of(r, ordinal));
                }
            }
        }
        return Optional.empty();
    }
}
