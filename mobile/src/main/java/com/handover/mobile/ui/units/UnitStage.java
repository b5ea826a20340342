package com.handover.mobile.ui.units;

/** Where a unit's handover stands on this device. */
public enum UnitStage {
    NOT_INSPECTED, IN_PROGRESS, AWAITING_SIGNATURE, SIGNED
}
