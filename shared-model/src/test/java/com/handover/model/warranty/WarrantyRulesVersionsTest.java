package com.handover.model.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.handover.model.checklist.WarrantyCategory;
import com.handover.model.checklist.WarrantyPeriod;
import com.handover.model.json.BundledWarrantyRules;
import com.handover.model.site.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WarrantyRulesVersionsTest {

    private final WarrantyRules bundled = BundledWarrantyRules.rules();
    private final WarrantyPolicy v1 = bundled.policies().get(0);

    @Test
    void bundledPolicyIsVersionOneFromTheChecklistCategories() {
        assertEquals(1, v1.version());
        assertEquals(LocalDate.parse("2000-01-30"), v1.effectiveFrom());
        assertEquals(18, v1.categories().size());
        assertEquals(WarrantyPeriod.years(5), v1.category("ROOF_WATERPROOF").orElseThrow().contractorPeriod());
        assertEquals(WarrantyPeriod.months(6), v1.category("LIGHTING_SWITCH").orElseThrow().buyerPeriod());
    }

    @Test
    void policyInForceOnTheClockStartApplies() {
        WarrantyRules rules = withPolicy(roofBuyerFiveYears(LocalDate.parse("2030-01-01")), List.of());
        assertEquals(1, rules.policyOn(LocalDate.parse("2029-12-31")).version());
        assertEquals(2, rules.policyOn(LocalDate.parse("2030-01-01")).version());
        assertThrows(IllegalArgumentException.class, () -> rules.policyOn(LocalDate.parse("1999-12-31")));
    }

    @Test
    void buyerTermUsesThePolicyInForceAtHandoverAndContractorTermThatAtCompletion() {
        WarrantyCalculator calculator = new WarrantyCalculator(withPolicy(roofBuyerFiveYears(LocalDate.parse("2030-01-01")), List.of()));
        Project project = WarrantyTermTest.project("北京", LocalDate.parse("2020-01-10"));
        ProjectWarrantySettings defaults = ProjectWarrantySettings.defaults(project.id());
        WarrantyTerm before = calculator.term(project, defaults, "ROOF_WATERPROOF", LocalDate.parse("2029-06-01"));
        WarrantyTerm after = calculator.term(project, defaults, "ROOF_WATERPROOF", LocalDate.parse("2030-06-01"));
        assertEquals(LocalDate.parse("2032-06-01"), before.buyerExpiry(), "v1: 3 years");
        assertEquals(LocalDate.parse("2035-06-01"), after.buyerExpiry(), "v2: 5 years");
        assertEquals(LocalDate.parse("2025-01-10"), after.contractorExpiry(), "completion 2020 keeps v1's 5 years");
    }

    @Test
    void latestPackVersionInForceApplies() {
        UUID projectId = UUID.randomUUID();
        LocalRulePack v1Pack = projectPack(projectId, 1, LocalDate.parse("2024-01-01"), 2);
        LocalRulePack v2Pack = projectPack(projectId, 2, LocalDate.parse("2026-01-01"), 3);
        WarrantyRules rules = withPolicy(null, List.of(v1Pack, v2Pack));
        assertEquals(List.of(v1Pack), rules.packsOn(LocalDate.parse("2025-12-31"), projectId, "北京"));
        assertEquals(List.of(v2Pack), rules.packsOn(LocalDate.parse("2026-01-01"), projectId, "北京"));
        assertEquals(List.of(), rules.packsOn(LocalDate.parse("2026-01-01"), UUID.randomUUID(), "北京"));
        assertEquals(List.of(), rules.packsOn(LocalDate.parse("2023-12-31"), projectId, "北京"));

        WarrantyCalculator calculator = new WarrantyCalculator(rules);
        Project project = new Project(projectId, "P2", "精装项目", "北京", LocalDate.parse("2022-01-01"), 50);
        WarrantyTerm term = calculator.term(project, ProjectWarrantySettings.defaults(projectId), "DECORATION",
                LocalDate.parse("2026-03-01"));
        assertEquals(LocalDate.parse("2029-03-01"), term.buyerExpiry(), "developer's project extension: decoration 3 years");
        assertEquals(TermSource.LOCAL_RULE, term.decidedBy());
    }

    @Test
    void shanghaiPackIsBundledAndMatchesTheCityWithOrWithoutShi() {
        assertEquals(1, bundled.packsOn(LocalDate.parse("2025-01-01"), UUID.randomUUID(), "上海市").size());
        assertEquals(1, bundled.packsOn(LocalDate.parse("2025-01-01"), UUID.randomUUID(), " 上海 ").size());
        assertEquals(0, bundled.packsOn(LocalDate.parse("2025-01-01"), UUID.randomUUID(), "北京").size());
    }

    @Test
    void packMustNameACityOrAProjectButNotBoth() {
        assertThrows(IllegalArgumentException.class, () -> new LocalRulePack("X", 1, LocalDate.parse("2025-01-01"),
                null, null, "规定", "依据", null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LocalRulePack("X", 1, LocalDate.parse("2025-01-01"),
                "上海", UUID.randomUUID(), "规定", "依据", null, List.of()));
    }

    private WarrantyRules withPolicy(WarrantyPolicy extra, List<LocalRulePack> packs) {
        List<WarrantyPolicy> policies = new ArrayList<>(bundled.policies());
        if (extra != null) {
            policies.add(extra);
        }
        return new WarrantyRules(policies, packs, bundled.seasons());
    }

    private WarrantyPolicy roofBuyerFiveYears(LocalDate from) {
        List<WarrantyCategory> categories = v1.categories().stream().map(c -> !c.code().equals("ROOF_WATERPROOF") ? c
                : new WarrantyCategory(c.code(), c.nameZh(), c.nameEn(), WarrantyPeriod.years(5), c.contractorPeriod(),
                c.basis(), "假设的新规定:屋面防水5年", c.contractorBasisZh(), c.verification(), c.note())).toList();
        return new WarrantyPolicy(2, from, categories);
    }

    private static LocalRulePack projectPack(UUID projectId, int version, LocalDate from, int years) {
        return new LocalRulePack("PROJECT_DECORATION", version, from, null, projectId, "项目精装承诺",
                "开发企业对本项目精装部分的承诺", null,
                List.of(new PeriodOverride("DECORATION", PeriodParty.BUYER, WarrantyPeriod.years(years))));
    }
}
