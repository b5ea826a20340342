package com.handover.model;

/** Where an inspection stands: being recorded, every item answered, or signed by the owner. */
public enum InspectionStatus {
    STARTED, READY_TO_SIGN, SIGNED
}
