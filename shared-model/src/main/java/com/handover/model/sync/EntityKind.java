package com.handover.model.sync;

/** The kinds of record that operations touch. Their ids are UUIDs minted where the record was created. */
public enum EntityKind {
    INSPECTION, DEFECT, WORK_ORDER, COMPLAINT
}
