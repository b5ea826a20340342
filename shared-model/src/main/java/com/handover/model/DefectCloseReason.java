package com.handover.model;

/** What closed a defect: the owner confirmed the repair, or a re-inspection passed the item. */
public enum DefectCloseReason {
    OWNER_CONFIRMED, REINSPECTION_PASSED
}
