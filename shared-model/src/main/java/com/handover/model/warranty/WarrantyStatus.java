package com.handover.model.warranty;

/** Whether a reported defect is covered by the buyer's warranty. */
public enum WarrantyStatus {
    /** Reported on or before the last day of the warranty. */
    IN_WARRANTY,
    /** Reported after it: a paid repair (shown, not refused). */
    OUT_OF_WARRANTY,
    /** The unit was not handed over on the report date: the buyer's warranty has not started. */
    NOT_HANDED_OVER,
    /** The period is by agreement; no expiry is computed. */
    BY_AGREEMENT,
    /** The category is counted in seasons the project does not have. */
    NOT_APPLICABLE
}
