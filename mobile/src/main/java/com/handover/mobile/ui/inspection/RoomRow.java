package com.handover.mobile.ui.inspection;

import com.handover.model.checklist.InstantiatedRoom;

/** A room of the inspection with its progress. */
public record RoomRow(InstantiatedRoom room, int answered, int total) {
    public boolean done() {
        return answered >= total;
    }
}
