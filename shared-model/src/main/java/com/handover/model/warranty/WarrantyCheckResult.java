package com.handover.model.warranty;

import com.handover.model.Checks;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The answer for one report: the status, the last day of the warranty (null when none is computed), the term
 * it was computed from (null before handover) and the explanation with its legal basis in Chinese.
 */
public record WarrantyCheckResult(WarrantyStatus status, String category, LocalDate reportDate, LocalDate expiry,
                                  WarrantyTerm term, String basisZh) {

    public WarrantyCheckResult {
        Checks.required("result.status", status);
        Checks.code("result.category", category);
        Checks.required("result.reportDate", reportDate);
        Checks.text("result.basisZh", basisZh, Checks.MAX_TEXT * 3);
        boolean dated = status == WarrantyStatus.IN_WARRANTY || status == WarrantyStatus.OUT_OF_WARRANTY;
        if (dated != (expiry != null)) {
            throw new IllegalArgumentException("result.expiry is given exactly when the status is in or out of warranty");
        }
    }

    public boolean inWarranty() {
        return status == WarrantyStatus.IN_WARRANTY;
    }

    /** The status and the explanation in the given language (Chinese for a Chinese locale, English otherwise). */
    public String explanation(Locale locale) {
        return WarrantyText.explain(status, reportDate, expiry, term, locale);
    }
}
