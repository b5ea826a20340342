package com.handover.model;

/** Where a work order came from. */
public enum WorkOrderSource {
    DEFECT, OWNER_REPORT, COMPLAINT
}
