package com.handover.mobile.ui.workorders;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.InstantiatedRoom;
import java.util.Optional;

/** The name of a room key ("KITCHEN", "BEDROOM-2") from whichever checklist template defines that room. */
final class RoomNames {

    private final ChecklistCatalog catalog;

    RoomNames(ChecklistCatalog catalog) {
        this.catalog = catalog;
    }

    Optional<InstantiatedRoom> room(String key) {
        for (ChecklistTemplate t : catalog.templates()) {
            Optional<InstantiatedRoom> room = t.unitRoom(key);
            if (room.isPresent()) {
                return room;
            }
        }
        return Optional.empty();
    }
}
