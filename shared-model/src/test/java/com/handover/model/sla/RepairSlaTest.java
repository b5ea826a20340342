package com.handover.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows quote the seed: 售后维修管理办法, 七、项目售后维修工作规定 (REFERENCE.md §3 R12–R14). */
class RepairSlaTest {

    private final RepairSla sla = new RepairSla(SlaPolicy.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # seed                                                                 | reported at          | estimated fen | emergency | due                  | rule
            维修工作规定 第2条: 价款1000元以内 24小时内到场 (1000元 exactly is 以内)   | 2026-03-10T08:00:00Z | 100000        | false     | 2026-03-11T08:00:00Z | ON_SITE_UP_TO_THRESHOLD
            维修工作规定 第3条: 价款超过1000元 36小时内到场 (1000.01元)                | 2026-03-10T08:00:00Z | 100001        | false     | 2026-03-11T20:00:00Z | ON_SITE_ABOVE_THRESHOLD
            维修工作规定 第2条: a small repair (50元) 24小时                           | 2026-03-10T08:00:00Z | 5000          | false     | 2026-03-11T08:00:00Z | ON_SITE_UP_TO_THRESHOLD
            维修工作规定 第2条: cost not yet estimated (0) counts as within 1000元     | 2026-03-10T08:00:00Z | 0             | false     | 2026-03-11T08:00:00Z | ON_SITE_UP_TO_THRESHOLD
            维修工作规定 第3条: 5000元 36小时, across a month end                      | 2026-03-31T12:00:00Z | 500000        | false     | 2026-04-02T00:00:00Z | ON_SITE_ABOVE_THRESHOLD
            维修工作规定 第1条: 紧急维修 立即组织 (policy: on site within 2 h)         | 2026-03-10T08:00:00Z | 500000        | true      | 2026-03-10T10:00:00Z | ON_SITE_EMERGENCY
            维修工作规定 第1条: 紧急维修 regardless of value                           | 2026-03-10T23:30:00Z | 1000          | true      | 2026-03-11T01:30:00Z | ON_SITE_EMERGENCY
            """)
    void onSiteDeadlineDependsOnValueAndUrgency(String seed, Instant reportedAt, long estimatedFen, boolean emergency,
                                                Instant due, SlaRule rule) {
        assertEquals(new OnSiteDeadline(due, rule), sla.onSiteDeadline(reportedAt, estimatedFen, emergency), seed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # seed                                                       | deadline             | arrived at           | now                  | overdue
            维修工作规定 第2条: arrived at the 24th hour exactly is in time | 2026-03-11T08:00:00Z | 2026-03-11T08:00:00Z | 2026-03-12T00:00:00Z | false
            维修工作规定 第2条: 超过24小时无人到场 — one second late       | 2026-03-11T08:00:00Z | 2026-03-11T08:00:01Z | 2026-03-12T00:00:00Z | true
            维修工作规定 第2条: nobody yet, now is the deadline            | 2026-03-11T08:00:00Z | -                    | 2026-03-11T08:00:00Z | false
            维修工作规定 第2条: nobody yet, one second after the deadline  | 2026-03-11T08:00:00Z | -                    | 2026-03-11T08:00:01Z | true
            维修工作规定 第3条: arrived early, looked at later             | 2026-03-11T20:00:00Z | 2026-03-11T09:00:00Z | 2026-03-20T00:00:00Z | false
            """)
    void overdueOnlyAfterTheDeadline(String seed, Instant deadline, Instant arrivedAt, Instant now, boolean overdue) {
        assertEquals(overdue, RepairSla.isOverdue(deadline, arrivedAt, now), seed);
    }

    @Test
    void timeLeftCountsDownAndGoesNegative() {
        Instant deadline = Instant.parse("2026-03-11T08:00:00Z");
        assertEquals(Duration.ofHours(3), RepairSla.timeLeft(deadline, Instant.parse("2026-03-11T05:00:00Z")));
        assertEquals(Duration.ZERO, RepairSla.timeLeft(deadline, deadline));
        assertEquals(Duration.ofSeconds(-1), RepairSla.timeLeft(deadline, Instant.parse("2026-03-11T08:00:01Z")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # seed                                                                        | actual fen | emergency | self-repaired | chargeback fen | percent | rule
            维修工作规定 第2条: 超过24小时无人到场, 自行组织维修, 质保金中按200%扣除          | 35000      | false     | true          | 70000          | 200     | CHARGEBACK_SELF_REPAIR
            维修工作规定 第3条: 超过1000元, 逾期无人到场协商, 按200%扣除                      | 250001     | false     | true          | 500002         | 200     | CHARGEBACK_SELF_REPAIR
            维修工作规定 第1条: 紧急维修, 质保金中按实际发生额扣除                            | 80055      | true      | true          | 80055          | 100     | CHARGEBACK_EMERGENCY_ACTUAL_COST
            the contractor came in time and repaired it: nothing to deduct                 | 35000      | false     | false         | 0              | 0       | NO_CHARGEBACK
            an emergency the contractor repaired itself in time: nothing to deduct        | 80000      | true      | false         | 0              | 0       | NO_CHARGEBACK
            a self-repair that cost nothing deducts nothing                               | 0          | false     | true          | 0              | 200     | CHARGEBACK_SELF_REPAIR
            """)
    void chargebackToTheWarrantyDeposit(String seed, long actualFen, boolean emergency, boolean selfRepaired,
                                        long chargebackFen, int percent, SlaRule rule) {
        assertEquals(new Chargeback(chargebackFen, percent, rule), sla.chargeback(actualFen, emergency, selfRepaired), seed);
    }

    @Test
    void aConfiguredRateRoundsHalfAFenUp() {
        SlaPolicy d = SlaPolicy.defaults();
        RepairSla fiftyPercent = new RepairSla(new SlaPolicy(d.costThresholdFen(), d.onSiteUpToThreshold(),
                d.onSiteAboveThreshold(), d.emergencyOnSite(), 150, d.emergencyChargebackPercent(),
                d.complaintAnswerWithin(), d.emergencyRevisitWithin(), d.revisitWithin(), d.reportingZone()));
        assertEquals(2, fiftyPercent.chargeback(1, false, true).fen(), "1.5 fen rounds up");
        assertEquals(3, fiftyPercent.chargeback(2, false, true).fen());
    }

    @Test
    void largestCostStaysExact() {
        assertEquals(2_000_000_000L, sla.chargeback(1_000_000_000L, false, true).fen());
        assertThrows(IllegalArgumentException.class, () -> sla.chargeback(1_000_000_001L, false, true));
        assertThrows(IllegalArgumentException.class, () -> sla.onSiteDeadline(Instant.EPOCH, -1, false));
    }

    @Test
    void returnVisitIsDueADayAfterAnEmergencyAndAWeekAfterOtherRepairs() {
        Instant completed = Instant.parse("2026-03-10T08:00:00Z");
        assertEquals(Instant.parse("2026-03-11T08:00:00Z"), sla.revisitDue(completed, true));
        assertEquals(Instant.parse("2026-03-17T08:00:00Z"), sla.revisitDue(completed, false));
    }

    @Test
    void rulesReadInBothLanguagesWithThePolicysFigures() {
        SlaPolicy d = SlaPolicy.defaults();
        assertEquals("维修工作规定 第2条：价款1000元以内的保修，24小时内施工单位必须有维修人员到场处理",
                SlaRule.ON_SITE_UP_TO_THRESHOLD.text(d, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Repair rules art. 3: above 1000 yuan, the contractor's staff must be on site within 36 h to agree the repair",
                SlaRule.ON_SITE_ABOVE_THRESHOLD.text(d, Locale.ENGLISH));
        assertEquals("维修工作规定 第2、3条：施工单位逾期无人到场，售后维修部自行组织维修，费用在施工单位质保金中按200%扣除",
                SlaRule.CHARGEBACK_SELF_REPAIR.text(d, Locale.CHINA));
        assertEquals("维修完成后7天内由客服中心专人回访维修质量", SlaRule.REVISIT_NORMAL.text(d, Locale.SIMPLIFIED_CHINESE));
        SlaPolicy custom = new SlaPolicy(150_050L, d.onSiteUpToThreshold(), d.onSiteAboveThreshold(),
                Duration.ofMinutes(90), 200, 100, d.complaintAnswerWithin(), d.emergencyRevisitWithin(), d.revisitWithin(),
                ZoneId.of("Asia/Shanghai"));
        assertEquals("维修工作规定 第2条：价款1500.5元以内的保修，24小时内施工单位必须有维修人员到场处理",
                SlaRule.ON_SITE_UP_TO_THRESHOLD.text(custom, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Repair rules art. 1: an emergency is repaired at once by specialist staff (on site within 1 h 30 min)",
                SlaRule.ON_SITE_EMERGENCY.text(custom, Locale.ENGLISH));
        for (SlaRule rule : SlaRule.values()) {
            rule.text(d, Locale.SIMPLIFIED_CHINESE);
            rule.text(d, Locale.ENGLISH);
        }
    }

    @Test
    void policyRefusesNonsense() {
        SlaPolicy d = SlaPolicy.defaults();
        assertThrows(IllegalArgumentException.class, () -> new SlaPolicy(-1, d.onSiteUpToThreshold(), d.onSiteAboveThreshold(),
                d.emergencyOnSite(), 200, 100, d.complaintAnswerWithin(), d.emergencyRevisitWithin(), d.revisitWithin(), d.reportingZone()));
        assertThrows(IllegalArgumentException.class, () -> new SlaPolicy(100_000, Duration.ZERO, d.onSiteAboveThreshold(),
                d.emergencyOnSite(), 200, 100, d.complaintAnswerWithin(), d.emergencyRevisitWithin(), d.revisitWithin(), d.reportingZone()));
        assertThrows(IllegalArgumentException.class, () -> new SlaPolicy(100_000, d.onSiteUpToThreshold(), d.onSiteAboveThreshold(),
                d.emergencyOnSite(), 1_001, 100, d.complaintAnswerWithin(), d.emergencyRevisitWithin(), d.revisitWithin(), d.reportingZone()));
    }
}
