package com.handover.model.warranty;

/** Whose warranty period a rule sets. */
public enum PeriodParty {
    /** The developer's warranty to the buyer, from handover (交付之日). */
    BUYER,
    /** The contractor's warranty to the developer, from completion acceptance (竣工验收合格之日). */
    CONTRACTOR
}
