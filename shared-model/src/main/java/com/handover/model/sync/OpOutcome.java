package com.handover.model.sync;

/**
 * What an operation did to the state. Every operation keeps its place in the log whatever its outcome; the
 * outcome says why one did not take effect.
 *
 * @param rule for REJECTED_BY_RULE: the rule that refused it, as a stable code (e.g. {@code DEFECT_NOT_REPAIRED})
 */
public record OpOutcome(Kind kind, String rule) {

    public enum Kind {
        /** Took effect and is still the value in effect. */
        APPLIED,
        /** Took effect, and a later write to the same field replaced it. */
        SUPERSEDED,
        /** Not allowed from the state reached; kept, with the rule that refused it. */
        REJECTED_BY_RULE,
        /** A finding recorded on a signed inspection that the signature did not cover. */
        OUTSIDE_SIGNED_RECORD,
        /** Names a record whose creating operation this replica does not hold. */
        AWAITING_RECORD
    }

    public static final OpOutcome APPLIED = new OpOutcome(Kind.APPLIED, null);
    public static final OpOutcome SUPERSEDED = new OpOutcome(Kind.SUPERSEDED, null);
    public static final OpOutcome OUTSIDE_SIGNED_RECORD = new OpOutcome(Kind.OUTSIDE_SIGNED_RECORD, null);
    public static final OpOutcome AWAITING_RECORD = new OpOutcome(Kind.AWAITING_RECORD, null);

    public static OpOutcome rejected(String rule) {
        return new OpOutcome(Kind.REJECTED_BY_RULE, rule);
    }

    public boolean tookEffect() {
        return kind == Kind.APPLIED || kind == Kind.SUPERSEDED;
    }
}
