package com.handover.mobile.ui.workorders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Which heading a work order sits under in the repairer's list: what to do first comes first. */
public enum DueGroup {
    OVERDUE, DUE_TODAY, OTHER;

    /** Past its deadline; due before the end of today (in {@code zone}); or anything else (no deadline, later). */
    public static DueGroup of(Instant deadline, Instant now, ZoneId zone) {
        if (deadline == null) {
            return OTHER;
        }
        if (deadline.isBefore(now)) {
            return OVERDUE;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        return deadline.atZone(zone).toLocalDate().equals(today) ? DUE_TODAY : OTHER;
    }
}
