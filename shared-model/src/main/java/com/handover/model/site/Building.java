package com.handover.model.site;

import com.handover.model.Checks;
import java.util.UUID;

/** A building (楼栋) of a project. */
public record Building(UUID id, UUID projectId, String name, int floors) {
    public Building {
        Checks.required("building.id", id);
        Checks.required("building.projectId", projectId);
        Checks.text("building.name", name, Checks.MAX_NAME);
        if (floors < 1 || floors > 200) {
            throw new IllegalArgumentException("building.floors must be 1..200");
        }
    }
}
