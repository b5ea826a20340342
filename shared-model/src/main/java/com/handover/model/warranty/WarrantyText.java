package com.handover.model.warranty;

import com.handover.model.checklist.PeriodUnit;
import com.handover.model.checklist.WarrantyPeriod;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Explains a warranty term in words, from the bundle {@code WarrantyMessages} (Chinese first, English).
 * Legal citations stay in Chinese in both languages: they name Chinese texts.
 */
final class WarrantyText {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "com.handover.model.warranty.WarrantyMessages";

    private WarrantyText() {
    }

    static String explain(WarrantyTerm term, Locale locale) {
        return explain(term.buyerExpiry(), term.decidedBy(), term.contractorExpiry(), term.contractorDecidedBy(),
                term.candidates(), locale);
    }

    static String explain(LocalDate buyerExpiry, TermSource decidedBy, LocalDate contractorExpiry,
                          TermSource contractorDecidedBy, List<TermCandidate> candidates, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        StringBuilder text = new StringBuilder();
        for (TermCandidate c : candidates) {
            String line = format(bundle, "candidate." + c.source() + "." + c.party(), locale,
                    c.start().toString(), period(bundle, c.period(), locale));
            String end = c.lastDay() == null
                    ? bundle.getString("candidate.notApplicable")
                    : format(bundle, "candidate.until", locale, c.lastDay().toString());
            text.append(line).append(end);
            if (c.basisZh() != null) {
                text.append(format(bundle, "candidate.basis", locale, c.basisZh()));
            }
            text.append(bundle.getString("separator"));
        }
        text.append(format(bundle, "decided." + decidedBy, locale, String.valueOf(buyerExpiry)));
        if (contractorExpiry == null && decidedBy != contractorDecidedBy) {
            text.append(bundle.getString("separator")).append(bundle.getString("contractor." + contractorDecidedBy));
        }
        return text.toString();
    }

    /** A check's status, then the term's explanation where there is a term. */
    static String explain(WarrantyStatus status, LocalDate reportDate, LocalDate expiry, WarrantyTerm term, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String text = format(bundle, "status." + status, locale, reportDate.toString(), String.valueOf(expiry));
        return term == null ? text : text + bundle.getString("separator") + explain(term, locale);
    }

    private static String period(ResourceBundle bundle, WarrantyPeriod period, Locale locale) {
        return period.unit() == PeriodUnit.SERVICE_LIFE
                ? bundle.getString("period.SERVICE_LIFE")
                : format(bundle, "period." + period.unit(), locale, period.amount());
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private static ResourceBundle bundle(Locale locale) {
        // No fallback to the JVM's default locale: Chinese is the base bundle, English the only other.
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
