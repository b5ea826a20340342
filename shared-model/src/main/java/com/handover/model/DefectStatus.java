package com.handover.model;

/** A defect's workflow; VOID is reached only by the office, with a reason. */
public enum DefectStatus {
    OPEN, ASSIGNED, IN_REPAIR, REPAIRED, CLOSED, REOPENED, VOID
}
