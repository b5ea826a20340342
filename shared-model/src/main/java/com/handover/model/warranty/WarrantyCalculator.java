package com.handover.model.warranty;

import com.handover.model.Checks;
import com.handover.model.checklist.WarrantyCategory;
import com.handover.model.checklist.WarrantyPeriod;
import com.handover.model.site.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes the warranty of one category of one unit (REFERENCE.md §1.4):
 * <pre>
 * contractorExpiry = completionAcceptance + max(statutory minimum, 质量保修书 period, rule packs)
 * buyerExpiry      = max(handover + max(buyer minimum, rule packs), contractorExpiry)
 * </pre>
 * Periods in different units are compared by their last days. On a tie the buyer's own term is named as
 * deciding, then the statutory one.
 */
public final class WarrantyCalculator {

    private final WarrantyRules rules;

    public WarrantyCalculator(WarrantyRules rules) {
        this.rules = Checks.required("rules", rules);
    }

    /** A unit's warranty in every category of the policy in force at its handover, in the policy's order. */
    public List<WarrantyTerm> terms(Project project, ProjectWarrantySettings settings, LocalDate handover) {
        Checks.required("handover", handover);
        return rules.policyOn(handover).categories().stream()
                .map(category -> term(project, settings, category.code(), handover)).toList();
    }

    /**
     * @throws IllegalArgumentException for a category the policy in force does not know, or a handover before
     *                                  any policy was in force
     */
    public WarrantyTerm term(Project project, ProjectWarrantySettings settings, String category, LocalDate handover) {
        Checks.required("project", project);
        Checks.required("settings", settings);
        Checks.required("handover", handover);
        Outcome contractor = contractor(project, settings, category);
        WarrantyClock clock = clock(project, settings);
        WarrantyCategory buyerRules = categoryOn(handover, category);
        List<TermCandidate> buyer = new ArrayList<>();
        if (buyerRules.buyerPeriod() != null) {
            buyer.add(candidate(clock, TermSource.BUYER_MINIMUM, PeriodParty.BUYER, handover, buyerRules.buyerPeriod(),
                    buyerRules.buyerBasisZh()));
        }
        addPackOverrides(buyer, clock, PeriodParty.BUYER, handover, project, category);
        Optional<TermCandidate> bestBuyer = latest(buyer);
        LocalDate buyerExpiry;
        TermSource decidedBy;
        if (contractor.expiry != null && (bestBuyer.isEmpty() || contractor.expiry.isAfter(bestBuyer.get().lastDay()))) {
            buyerExpiry = contractor.expiry;
            decidedBy = TermSource.CONTRACTOR_REMAINDER;
        } else if (bestBuyer.isPresent()) {
            buyerExpiry = bestBuyer.get().lastDay();
            decidedBy = bestBuyer.get().source();
        } else {
            buyerExpiry = null;
            decidedBy = noExpiry(buyer, contractor.candidates);
        }
        List<TermCandidate> all = new ArrayList<>(buyer);
        all.addAll(contractor.candidates);
        String basisZh = WarrantyText.explain(buyerExpiry, decidedBy, contractor.expiry, contractor.decidedBy, all,
                WarrantyText.ZH);
        return new WarrantyTerm(category, handover, contractorStart(project), buyerExpiry, contractor.expiry,
                decidedBy, contractor.decidedBy, all, basisZh);
    }

    /** The last day of the contractor's warranty, also before handover; empty when by agreement or not applicable. */
    public Optional<LocalDate> contractorExpiry(Project project, ProjectWarrantySettings settings, String category) {
        return Optional.ofNullable(contractor(project, settings, category).expiry);
    }

    /**
     * The day the contractor's warranty starts: 竣工验收合格之日, the project's as given (callers pass the
     * project {@link Project#forBuilding as the unit's building sees it}).
     */
    public static LocalDate contractorStart(Project project) {
        return project.completionAcceptance();
    }

    private record Outcome(LocalDate expiry, TermSource decidedBy, List<TermCandidate> candidates) {
    }

    private Outcome contractor(Project project, ProjectWarrantySettings settings, String category) {
        LocalDate start = contractorStart(project);
        WarrantyClock clock = clock(project, settings);
        WarrantyCategory statutory = categoryOn(start, category);
        List<TermCandidate> candidates = new ArrayList<>();
        if (statutory.contractorPeriod() != null) {
            candidates.add(candidate(clock, TermSource.CONTRACTOR_STATUTORY, PeriodParty.CONTRACTOR, start,
                    statutory.contractorPeriod(), statutory.contractorBasisZh()));
        }
        WarrantyPeriod agreed = settings.agreedContractorPeriods().get(category);
        if (agreed != null) {
            candidates.add(candidate(clock, TermSource.CONTRACTOR_AGREED, PeriodParty.CONTRACTOR, start, agreed, null));
        }
        addPackOverrides(candidates, clock, PeriodParty.CONTRACTOR, start, project, category);
        Optional<TermCandidate> best = latest(candidates);
        return best.map(c -> new Outcome(c.lastDay(), c.source(), List.copyOf(candidates)))
                .orElseGet(() -> new Outcome(null, noExpiry(candidates, List.of()), List.copyOf(candidates)));
    }

    private void addPackOverrides(List<TermCandidate> into, WarrantyClock clock, PeriodParty party, LocalDate start,
                                  Project project, String category) {
        for (LocalRulePack pack : rules.packsOn(start, project.id(), project.city())) {
            pack.overrides().stream()
                    .filter(o -> o.party() == party && o.category().equals(category))
                    .forEach(o -> into.add(candidate(clock, TermSource.LOCAL_RULE, party, start, o.period(),
                            pack.nameZh() + ":" + pack.basisZh())));
        }
    }

    private WarrantyCategory categoryOn(LocalDate day, String category) {
        WarrantyPolicy policy = rules.policyOn(day);
        return policy.category(category).orElseThrow(() -> new IllegalArgumentException(
                "warranty policy v" + policy.version() + " has no category " + category));
    }

    private WarrantyClock clock(Project project, ProjectWarrantySettings settings) {
        return new WarrantyClock(heatingSeason(project, settings), coolingSeason(settings), settings.seasonCounting(),
                project.designServiceLifeYears());
    }

    /** The heating season counted: the project's own, else its city's; null where the city has none. */
    public SeasonWindow heatingSeason(Project project, ProjectWarrantySettings settings) {
        return settings.heatingSeason() != null ? settings.heatingSeason()
                : rules.seasons().heatingIn(project.city()).orElse(null);
    }

    /** The cooling season counted: the project's own, else the calendars' default. */
    public SeasonWindow coolingSeason(ProjectWarrantySettings settings) {
        return settings.coolingSeason() != null ? settings.coolingSeason() : rules.seasons().defaultCooling();
    }

    private static TermCandidate candidate(WarrantyClock clock, TermSource source, PeriodParty party, LocalDate start,
                                           WarrantyPeriod period, String basisZh) {
        return new TermCandidate(source, party, start, period, clock.lastDay(start, period).orElse(null), basisZh);
    }

    /** The candidate with the latest last day; the first of equals wins, so list order breaks ties. */
    private static Optional<TermCandidate> latest(List<TermCandidate> candidates) {
        TermCandidate best = null;
        for (TermCandidate c : candidates) {
            if (c.lastDay() != null && (best == null || c.lastDay().isAfter(best.lastDay()))) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    private static TermSource noExpiry(List<TermCandidate> first, List<TermCandidate> second) {
        boolean anyPeriod = !first.isEmpty() || !second.isEmpty();
        return anyPeriod ? TermSource.NOT_APPLICABLE : TermSource.BY_AGREEMENT;
    }
}
