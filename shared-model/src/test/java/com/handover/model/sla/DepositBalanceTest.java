package com.handover.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Rows quote the seed: 售后维修管理办法 七、项目售后维修工作规定, costs "在施工单位质保金中扣除". */
class DepositBalanceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # seed                                                               | deposit fen | deductions fen     | balance fen | overdrawn
            nothing deducted yet: the whole 质保金 stands                          | 5000000     | -                  | 5000000     | false
            第2条: 按200%扣除 twice, from the same deposit                          | 5000000     | 70000 140000       | 4790000     | false
            第1条: 按实际发生额扣除 down to exactly zero is not overdrawn            | 100000      | 60000 40000        | 0           | false
            第2、3条: deductions beyond the deposit are still owed, shown negative | 100000      | 80000 60000        | -40000      | true
            no deposit held at all: every deduction is owed                       | 0           | 28800              | -28800      | true
            """)
    void theBalanceIsTheDepositMinusEveryDeductionToDate(String seed, long deposit, String deductions, long balance,
                                                         boolean overdrawn) {
        DepositBalance b = new DepositBalance(deposit, 0);
        if (!deductions.equals("-")) {
            for (String d : deductions.split(" ")) {
                b = b.deduct(Long.parseLong(d));
            }
        }
        assertEquals(balance, b.balanceFen(), seed);
        assertEquals(overdrawn, b.overdrawn(), seed);
    }

    @Test
    void negativeFiguresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DepositBalance(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new DepositBalance(0, 0).deduct(-5));
    }
}
