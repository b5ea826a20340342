package com.handover.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed (万科 "让万科在投诉中完美"): 客户服务中心在收到网络信息24小时内,必须给出答复或知会 (R23). */
class ComplaintSlaTest {

    private final ComplaintSla sla = new ComplaintSla(SlaPolicy.defaults());

    @Test
    void answerIsDueTwentyFourHoursAfterReceipt() {
        assertEquals(Instant.parse("2026-02-01T09:30:00Z"), sla.complaintAnswerDeadline(Instant.parse("2026-01-31T09:30:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # seed                                             | received             | answered             | now                  | late
            24小时内必须给出答复: answered at the 24th hour      | 2026-01-31T09:30:00Z | 2026-02-01T09:30:00Z | 2026-02-05T00:00:00Z | false
            24小时内必须给出答复: answered one second later      | 2026-01-31T09:30:00Z | 2026-02-01T09:30:01Z | 2026-02-05T00:00:00Z | true
            not answered yet, still within 24 hours             | 2026-01-31T09:30:00Z | -                    | 2026-02-01T09:29:59Z | false
            not answered and the 24 hours are over              | 2026-01-31T09:30:00Z | -                    | 2026-02-01T09:30:01Z | true
            """)
    void answeredLateOnlyAfterTwentyFourHours(String seed, Instant received, Instant answered, Instant now, boolean late) {
        assertEquals(late, sla.answeredLate(received, answered, now), seed);
    }
}
