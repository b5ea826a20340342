package com.handover.model;

/** Handover inspection (交房验收) or re-inspection of a unit's open defects (复验). */
public enum InspectionKind {
    HANDOVER, RE_INSPECTION
}
