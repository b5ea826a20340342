package com.handover.model.warranty;

import com.handover.model.Checks;
import com.handover.model.checklist.WarrantyPeriod;
import java.time.LocalDate;

/**
 * One period that competes for an expiry: its source, whose it is, when its clock starts, the period, its
 * last day (null where it cannot be computed) and its legal basis in Chinese.
 */
public record TermCandidate(TermSource source, PeriodParty party, LocalDate start, WarrantyPeriod period,
                            LocalDate lastDay, String basisZh) {
    public TermCandidate {
        Checks.required("candidate.source", source);
        Checks.required("candidate.party", party);
        Checks.required("candidate.start", start);
        Checks.required("candidate.period", period);
        Checks.optionalText("candidate.basisZh", basisZh, Checks.MAX_TEXT);
    }
}
