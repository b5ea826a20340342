package com.handover.model.checklist;

/** Whether a limit is the largest (MAX) or the smallest (MIN) acceptable value. */
public enum Bound {
    MAX, MIN
}
