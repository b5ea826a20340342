package com.handover.model.checklist;

/** How far an item's criterion or figure has been checked against a public source (see REFERENCE.md §5). */
public enum Verification {
    /** The figure was found in a stored public source. */
    VERIFIED,
    /** Found only in secondary pages quoting the standard. */
    VERIFIED_SECONDARY,
    /** From knowledge of the cited standard; check the official text before treating it as a hard rule. */
    UNVERIFIED,
    /** The criterion is qualitative: there is no figure to verify. */
    QUALITATIVE
}
