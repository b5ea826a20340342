package com.handover.model.checklist;

/**
 * What decides which of an item's conditional limits applies.
 *
 * @param highGrade      the finish is high grade (高级抹灰) rather than ordinary
 * @param buildingFloors storeys of the unit's building, null when not known
 */
public record MeasurementContext(boolean highGrade, Integer buildingFloors) {

    /** Ordinary grade, building height unknown. */
    public static final MeasurementContext ORDINARY = new MeasurementContext(false, null);

    public MeasurementContext {
        if (buildingFloors != null && (buildingFloors < 1 || buildingFloors > 200)) {
            throw new IllegalArgumentException("buildingFloors must be 1..200");
        }
    }

    public static MeasurementContext ofBuilding(int floors) {
        return new MeasurementContext(false, floors);
    }
}
