package com.handover.model.warranty;

import com.handover.model.Checks;
import com.handover.model.site.Project;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Decides whether a defect reported on a day is in warranty. The report date counts, not the repair date:
 * a report on the last day of the warranty is in warranty (REFERENCE.md §1.4).
 */
public final class WarrantyCheck {

    private final WarrantyCalculator calculator;
    private final Map<UUID, ProjectWarrantySettings> settings;

    /** @param settings each project's own settings; a project without an entry uses the defaults */
    public WarrantyCheck(WarrantyRules rules, Map<UUID, ProjectWarrantySettings> settings) {
        this.calculator = new WarrantyCalculator(rules);
        this.settings = Map.copyOf(Checks.required("settings", settings));
    }

    /**
     * @param handover the unit's handover date (交付之日), null while it has not been handed over
     * @throws IllegalArgumentException for a category the warranty policy does not know
     */
    public WarrantyCheckResult check(LocalDate handover, Project project, String category, LocalDate reportDate) {
        Checks.required("project", project);
        Checks.code("category", category);
        Checks.required("reportDate", reportDate);
        if (handover == null || reportDate.isBefore(handover)) {
            return new WarrantyCheckResult(WarrantyStatus.NOT_HANDED_OVER, category, reportDate, null, null,
                    WarrantyText.explain(WarrantyStatus.NOT_HANDED_OVER, reportDate, null, null, WarrantyText.ZH));
        }
        WarrantyTerm term = calculator.term(project, settingsOf(project), category, handover);
        WarrantyStatus status = switch (term.decidedBy()) {
            case BY_AGREEMENT -> WarrantyStatus.BY_AGREEMENT;
            case NOT_APPLICABLE -> WarrantyStatus.NOT_APPLICABLE;
            default -> reportDate.isAfter(term.buyerExpiry()) ? WarrantyStatus.OUT_OF_WARRANTY : WarrantyStatus.IN_WARRANTY;
        };
        LocalDate expiry = term.buyerExpiry();
        return new WarrantyCheckResult(status, category, reportDate, expiry, term,
                WarrantyText.explain(status, reportDate, expiry, term, WarrantyText.ZH));
    }

    public WarrantyCalculator calculator() {
        return calculator;
    }

    public ProjectWarrantySettings settingsOf(Project project) {
        return settings.getOrDefault(project.id(), ProjectWarrantySettings.defaults(project.id()));
    }
}
