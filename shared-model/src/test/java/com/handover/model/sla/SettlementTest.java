package com.handover.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed R10/R11: 维修月报, and 按季度整理维修计量(结算), 汇总书面送达责任单位. Quarters are counted in Beijing time. */
class SettlementTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final List<RepairFact> FACTS = List.of(
            // 2026-09-30 23:59:59 in Beijing: still Q3
            new RepairFact(A, Instant.parse("2026-09-30T15:59:59Z"), 10_000, false, false, true),
            // 2026-10-01 00:00:00 in Beijing: Q4 (while still September 30 in UTC)
            new RepairFact(A, Instant.parse("2026-09-30T16:00:00Z"), 35_000, true, false, false),
            new RepairFact(A, Instant.parse("2026-11-15T02:00:00Z"), 20_000, false, false, true),
            // 2026-12-31 23:59:59 in Beijing: last second of Q4
            new RepairFact(B, Instant.parse("2026-12-31T15:59:59Z"), 80_000, true, true, false),
            // 2027-01-01 00:00:00 in Beijing: Q1 of the next year
            new RepairFact(B, Instant.parse("2026-12-31T16:00:00Z"), 99_999, true, false, false));

    @Test
    void quarterSettlementTotalsPerContractorWithinBeijingQuarterBoundaries() {
        ContractorSettlement q4 = ContractorSettlement.of(Quarter.parse("2026-Q4"), FACTS, SlaPolicy.defaults());
        assertEquals(2, q4.contractors().size());
        ContractorTotals a = q4.contractors().get(0);
        assertEquals(A, a.contractorId());
        // 35000 self-repaired at 200 % -> 70000; 20000 by the contractor -> 0
        assertEquals(new RepairTotals(2, 0, 1, 1, 55_000, 70_000), a.totals());
        assertEquals(new BigDecimal("50.0"), a.totals().onTimeRatePercent().orElseThrow());
        ContractorTotals b = q4.contractors().get(1);
        // emergency self-repair at the actual cost
        assertEquals(new RepairTotals(1, 1, 1, 0, 80_000, 80_000), b.totals());
        assertEquals(new RepairTotals(3, 1, 2, 1, 135_000, 150_000), q4.total());
        assertEquals(new BigDecimal("33.3"), q4.total().onTimeRatePercent().orElseThrow());
    }

    @Test
    void neighbouringQuartersGetTheBoundaryOrders() {
        ContractorSettlement q3 = ContractorSettlement.of(Quarter.parse("2026-Q3"), FACTS, SlaPolicy.defaults());
        assertEquals(new RepairTotals(1, 0, 0, 1, 10_000, 0), q3.total());
        ContractorSettlement q1 = ContractorSettlement.of(Quarter.parse("2027-Q1"), FACTS, SlaPolicy.defaults());
        assertEquals(new RepairTotals(1, 0, 1, 0, 99_999, 199_998), q1.total());
        ContractorSettlement empty = ContractorSettlement.of(Quarter.parse("2025-Q4"), FACTS, SlaPolicy.defaults());
        assertEquals(RepairTotals.NONE, empty.total());
        assertTrue(empty.contractors().isEmpty());
        assertTrue(empty.total().onTimeRatePercent().isEmpty());
    }

    @Test
    void monthlyReportUsesBeijingMonths() {
        MonthlyRepairReport september = MonthlyRepairReport.of(YearMonth.of(2026, 9), FACTS, SlaPolicy.defaults());
        assertEquals(new RepairTotals(1, 0, 0, 1, 10_000, 0), september.total());
        MonthlyRepairReport october = MonthlyRepairReport.of(YearMonth.of(2026, 10), FACTS, SlaPolicy.defaults());
        assertEquals(new RepairTotals(1, 0, 1, 0, 35_000, 70_000), october.total());
        assertEquals(List.of(new ContractorTotals(A, october.total())), october.contractors());
        MonthlyRepairReport december = MonthlyRepairReport.of(YearMonth.of(2026, 12), FACTS, SlaPolicy.defaults());
        assertEquals(List.of(B), december.contractors().stream().map(ContractorTotals::contractorId).toList());
    }

    @ParameterizedTest
    @CsvSource({
            "2026-Q1, 2026-01-01, 2026-03-31",
            "2024-Q1, 2024-01-01, 2024-03-31",
            "2026-Q2, 2026-04-01, 2026-06-30",
            "2026-Q3, 2026-07-01, 2026-09-30",
            "2026-Q4, 2026-10-01, 2026-12-31",
    })
    void quarterSpansThreeMonths(String text, LocalDate first, LocalDate last) {
        Quarter q = Quarter.parse(text);
        assertEquals(first, q.firstDay());
        assertEquals(last, q.lastDay());
        assertEquals(text, q.toString());
        assertEquals(q, Quarter.of(first));
        assertEquals(q, Quarter.of(last));
        assertEquals(q, Quarter.of(last.atTime(23, 59, 59).atZone(CHINA).toInstant(), CHINA));
    }

    @ParameterizedTest
    @CsvSource({"2026-Q5", "2026-Q0", "2026Q4", "26-Q1", "2026-q4", "''"})
    void malformedQuarterIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse(text));
    }

    @Test
    void totalsRefuseImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> new RepairTotals(1, 2, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RepairTotals(1, 0, 0, 0, -1, 0));
    }
}
