package com.handover.model;

/** Where on the unit type's floor plan (户型图) a defect lies. */
public record FloorPlanPin(Point at) {
    public FloorPlanPin {
        Checks.required("pin.at", at);
    }
}
