package com.handover.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows quote the seed: 售后维修工作规定 第5条「凡属建设单位自行组织维修的质保期内的工程质量问题」. */
class DepositDeductionWindowTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # basis                                                            | contractor expiry | reported   | allowed
            第5条 质保期内: reported before the contractor's warranty ends       | 2028-06-30        | 2027-01-15 | true
            第5条 质保期内: the last day itself is still inside                   | 2028-06-30        | 2028-06-30 | true
            after the contractor's warranty: the owner's 有偿维修, no deduction  | 2028-06-30        | 2028-07-01 | false
            no period computed (by agreement, not applicable): no deduction      | -                 | 2027-01-15 | false
            """)
    void aDeductionNeedsTheContractorsWarrantyOnTheReportDay(String basis, LocalDate expiry, LocalDate reported,
                                                            boolean allowed) {
        assertEquals(allowed, DepositDeductionWindow.allowed(expiry, reported), basis);
    }

    @Test
    void theReportDayIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> DepositDeductionWindow.allowed(LocalDate.MAX, null));
    }

    @Test
    void aSelfRepairOutsideTheWindowBooksNothingAndSaysWhy() {
        Chargeback selfRepair = new RepairSla(SlaPolicy.defaults()).chargeback(80_000, false, true);
        assertEquals(160_000, selfRepair.fen());
        Chargeback inside = DepositDeductionWindow.apply(selfRepair, LocalDate.of(2028, 6, 30), LocalDate.of(2028, 6, 30));
        assertEquals(selfRepair, inside);
        Chargeback outside = DepositDeductionWindow.apply(selfRepair, LocalDate.of(2028, 6, 30), LocalDate.of(2028, 7, 1));
        assertEquals(new Chargeback(0, 0, SlaRule.NO_CHARGEBACK_OUTSIDE_CONTRACTOR_WARRANTY), outside);
        assertTrue(SlaRule.NO_CHARGEBACK_OUTSIDE_CONTRACTOR_WARRANTY.text(SlaPolicy.defaults(), Locale.SIMPLIFIED_CHINESE)
                .contains("第5条"));
    }

    @Test
    void anEmergencyOutsideTheWindowIsNotChargedEither() {
        Chargeback emergency = new RepairSla(SlaPolicy.defaults()).chargeback(50_000, true, false);
        assertEquals(50_000, emergency.fen());
        assertEquals(0, DepositDeductionWindow.apply(emergency, null, LocalDate.of(2027, 1, 1)).fen());
    }

    @Test
    void theSettlementCountsNoDeductionForARepairOutsideTheWindow() {
        UUID k = UUID.randomUUID();
        Instant done = Instant.parse("2027-02-01T02:00:00Z");
        RepairTotals totals = RepairTotals.of(List.of(new RepairFact(k, done, 10_000, true, false, false, true),
                new RepairFact(k, done, 30_000, true, false, false, false)), new RepairSla(SlaPolicy.defaults()));
        assertEquals(2, totals.workOrders());
        assertEquals(40_000, totals.actualCostFen());
        assertEquals(20_000, totals.chargebackFen());
    }
}
