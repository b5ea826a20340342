package com.handover.model.site;

import com.handover.model.Checks;
import java.util.List;
import java.util.UUID;

/**
 * A unit type (户型): its rooms and, where there is one, the floor-plan image (by SHA-256) that defect
 * pins are placed on. Rooms are keys like LIVING, BEDROOM-1, BEDROOM-2, BATHROOM-1.
 */
public record UnitType(UUID id, UUID projectId, String code, String name, List<String> rooms,
                       String floorPlanSha256) {
    public UnitType {
        Checks.required("unitType.id", id);
        Checks.required("unitType.projectId", projectId);
        Checks.code("unitType.code", code);
        Checks.text("unitType.name", name, Checks.MAX_NAME);
        rooms = Checks.list("unitType.rooms", rooms);
        if (rooms.isEmpty()) {
            throw new IllegalArgumentException("unitType.rooms must name at least one room");
        }
        rooms.forEach(r -> Checks.roomKey("unitType.rooms[]", r));
        if (floorPlanSha256 != null) {
            Checks.sha256("unitType.floorPlanSha256", floorPlanSha256);
        }
    }
}
