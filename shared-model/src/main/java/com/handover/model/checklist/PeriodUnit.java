package com.handover.model.checklist;

/** The unit a warranty period is counted in. */
public enum PeriodUnit {
    YEARS,
    MONTHS,
    /** Complete heating seasons (采暖期) of the project's city or of the project itself. */
    HEATING_SEASONS,
    /** Complete cooling seasons (供冷期) as set for the project. */
    COOLING_SEASONS,
    /** The design service life (设计使用年限) of the project; the period carries no amount of its own. */
    SERVICE_LIFE
}
