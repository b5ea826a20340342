package com.handover.mobile.ui.units;

/** The status filter of the unit list. */
public enum UnitFilter {
    ALL, NOT_INSPECTED, IN_PROGRESS, AWAITING_SIGNATURE, SIGNED, OPEN_DEFECTS;

    public boolean accepts(UnitRow row) {
        return switch (this) {
            case ALL -> true;
            case OPEN_DEFECTS -> row.openDefects() > 0;
            default -> row.stage().name().equals(name());
        };
    }
}
