package com.handover.server.office.demo;

import com.handover.model.checklist.ChecklistItem;
import com.handover.model.site.Unit;
import com.handover.model.sync.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One inspection being recorded: its operations so far (what a sign-off covers) and the items that failed. */
final class InspectionWalk {

    record Failure(String room, ChecklistItem item) {
    }

    final UUID inspectionId;
    final Unit unit;
    final List<Operation> ops = new ArrayList<>();
    final List<Failure> failed = new ArrayList<>();

    InspectionWalk(UUID inspectionId, Unit unit) {
        this.inspectionId = inspectionId;
        this.unit = unit;
    }
}
