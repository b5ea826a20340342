package com.handover.model.warranty;

import com.handover.model.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The warranty of one category of one handed-over unit.
 *
 * @param buyerExpiry        the last day a report is in warranty; null when it is by agreement or not applicable
 * @param contractorExpiry   the last day of the contractor's warranty (for chargebacks to its 质保金); null likewise
 * @param decidedBy          which term gave the buyer expiry
 * @param contractorDecidedBy which term gave the contractor expiry
 * @param candidates         every period considered, buyer's then contractor's
 * @param basisZh            the explanation with its legal basis, in Chinese
 */
public record WarrantyTerm(String category, LocalDate handover, LocalDate completionAcceptance,
                           LocalDate buyerExpiry, LocalDate contractorExpiry, TermSource decidedBy,
                           TermSource contractorDecidedBy, List<TermCandidate> candidates, String basisZh) {

    public WarrantyTerm {
        Checks.code("term.category", category);
        Checks.required("term.handover", handover);
        Checks.required("term.completionAcceptance", completionAcceptance);
        Checks.required("term.decidedBy", decidedBy);
        Checks.required("term.contractorDecidedBy", contractorDecidedBy);
        candidates = Checks.list("term.candidates", candidates);
        Checks.text("term.basisZh", basisZh, Checks.MAX_TEXT * 2);
        boolean noExpiry = decidedBy == TermSource.BY_AGREEMENT || decidedBy == TermSource.NOT_APPLICABLE;
        if (noExpiry != (buyerExpiry == null)) {
            throw new IllegalArgumentException("term.buyerExpiry is empty exactly when the term is by agreement or not applicable");
        }
    }

    /** The explanation in the given language (Chinese for a Chinese locale, English otherwise). */
    public String basis(Locale locale) {
        return WarrantyText.explain(this, locale);
    }
}
