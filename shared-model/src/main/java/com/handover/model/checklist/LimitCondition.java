package com.handover.model.checklist;

/**
 * When a limit applies instead of the item's unconditional limit for the same measure. A limit without a
 * condition is the ordinary one.
 */
public enum LimitCondition {
    /** High-grade plaster (高级抹灰, GB 50210-2018); the unconditional limit is the ordinary grade. */
    HIGH_GRADE,
    /** Residential buildings of six storeys or fewer (六层及六层以下住宅, GB 50096-2011 5.6.3). */
    BUILDING_UP_TO_6_FLOORS,
    /** Residential buildings of seven storeys or more (七层及七层以上住宅, GB 50096-2011 5.6.3). */
    BUILDING_7_FLOORS_UP;

    /** Whether this condition holds where the value was measured; unknown facts never match. */
    public boolean holdsFor(MeasurementContext context) {
        return switch (this) {
            case HIGH_GRADE -> context.highGrade();
            case BUILDING_UP_TO_6_FLOORS -> context.buildingFloors() != null && context.buildingFloors() <= 6;
            case BUILDING_7_FLOORS_UP -> context.buildingFloors() != null && context.buildingFloors() >= 7;
        };
    }
}
