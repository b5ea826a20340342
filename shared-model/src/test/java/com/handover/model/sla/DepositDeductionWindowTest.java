package com.handover.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
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
}
