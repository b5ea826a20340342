package com.handover.model.warranty;

/** How seasons are counted from the day a warranty clock starts (a per-project policy). */
public enum SeasonCounting {
    /** Count only complete seasons that start on or after the clock start (the default; REFERENCE.md §1.5). */
    COMPLETE_SEASONS_ONLY,
    /** A season already running on the day the clock starts counts as the first one. */
    COUNT_RUNNING_SEASON
}
