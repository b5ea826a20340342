package com.handover.mobile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.common.Durations;
import com.handover.mobile.ui.workorders.DueGroup;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Durations read in days past a day, hours only while they matter; orders fall under the right heading. */
class TimeTextTest {

    private final Messages zh = new Messages(Messages.CHINESE);
    private final Messages en = new Messages(Messages.ENGLISH);

    @Test
    void durationsAreSaidAsPeopleSayThem() {
        assertEquals("20 天", Durations.of(Duration.ofHours(497), zh));
        assertEquals("2 天 3 小时", Durations.of(Duration.ofHours(51), zh));
        assertEquals("1 天", Durations.of(Duration.ofHours(24), zh));
        assertEquals("5 小时 20 分", Durations.of(Duration.ofMinutes(320), zh));
        assertEquals("1 分钟", Durations.of(Duration.ofSeconds(10), zh));
        assertEquals("20 天", Durations.of(Duration.ofHours(-497), zh), "the sign is the caller's to say");
        assertEquals("2 d 3 h", Durations.of(Duration.ofHours(51), en));
    }

    @Test
    void ordersAreGroupedOverdueDueTodayAndOther() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant now = Instant.parse("2026-06-01T02:00:00Z"); // 10:00 in Shanghai
        assertEquals(DueGroup.OVERDUE, DueGroup.of(now.minusSeconds(60), now, shanghai));
        assertEquals(DueGroup.DUE_TODAY, DueGroup.of(Instant.parse("2026-06-01T15:59:00Z"), now, shanghai));
        assertEquals(DueGroup.OTHER, DueGroup.of(Instant.parse("2026-06-01T16:01:00Z"), now, shanghai));
        assertEquals(DueGroup.OTHER, DueGroup.of(null, now, shanghai));
    }
}
