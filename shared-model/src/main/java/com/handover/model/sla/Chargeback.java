package com.handover.model.sla;

import com.handover.model.Checks;

/** What is deducted from the contractor's warranty deposit (质保金) for one repair, in fen, and why. */
public record Chargeback(long fen, int percent, SlaRule rule) {
    public Chargeback {
        Checks.nonNegative("fen", fen);
        Checks.required("rule", rule);
    }
}
