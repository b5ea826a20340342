package com.handover.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.handover.model.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows quote the seed: "客服中心要有专人对工程维修质量进行回访"; "按照《回访管理标准作业规程》规定的回访时间和回访率进行"
 * (the times themselves are the policy's: 24 h after an emergency, 7 days otherwise, REFERENCE.md).
 */
class RevisitDueTest {

    private final RepairSla sla = new RepairSla(SlaPolicy.defaults());
    private static final Instant DONE = Instant.parse("2026-11-10T02:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # seed                                                   | status     | emergency | satisfaction | now                  | due                  | overdue
            回访 follows 签认维修单: a signed repair owes a visit     | CONFIRMED  | false     | -            | 2026-11-12T00:00:00Z | 2026-11-17T02:00:00Z | false
            a settled repair still owes its visit                    | SETTLED    | false     | -            | 2026-11-17T02:00:00Z | 2026-11-17T02:00:00Z | false
            one second past the policy's 7 days: overdue             | CONFIRMED  | false     | -            | 2026-11-17T02:00:01Z | 2026-11-17T02:00:00Z | true
            紧急维修: visited within 24 h                             | CONFIRMED  | true      | -            | 2026-11-11T03:00:00Z | 2026-11-11T02:00:00Z | true
            not yet signed by the four parties: no visit owed yet    | COMPLETED  | false     | -            | 2026-12-01T00:00:00Z | -                    | false
            回访记录表 filled in: nothing owed                         | CONFIRMED  | false     | 4            | 2026-12-01T00:00:00Z | -                    | false
            """)
    void aVisitIsOwedOnceSignedAndIsOverdueAfterThePolicysTime(String seed, WorkOrderStatus status, boolean emergency,
                                                               Integer satisfaction, Instant now, Instant due,
                                                               boolean overdue) {
        Optional<RevisitDue> r = RevisitDue.of(sla, status, DONE, emergency, satisfaction, now);
        if (due == null) {
            assertEquals(Optional.empty(), r, seed);
        } else {
            assertEquals(due, r.orElseThrow().due(), seed);
            assertEquals(overdue, r.orElseThrow().overdue(), seed);
            assertEquals(emergency ? SlaRule.REVISIT_EMERGENCY : SlaRule.REVISIT_NORMAL, r.orElseThrow().rule(), seed);
        }
    }

    @Test
    void theRevisitRateIsVisitedAmongSignedRepairs() {
        assertEquals(Optional.of(new BigDecimal("66.7")), RevisitDue.ratePercent(2, 3));
        assertEquals(Optional.of(new BigDecimal("100.0")), RevisitDue.ratePercent(4, 4));
        assertEquals(Optional.empty(), RevisitDue.ratePercent(0, 0), "no signed repair: no rate, not 0 %");
        assertThrows(IllegalArgumentException.class, () -> RevisitDue.ratePercent(3, 2));
    }
}
