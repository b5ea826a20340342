package com.handover.server.office.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.office.query.DueGroup;
import com.handover.server.store.StateStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Times read as people say them, deadlines fall in the group that says what to do first, and units set aside are
 * named as the office names them.
 */
class PageContextTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static PageContext page(Lang lang) {
        return new PageContext(Messages.of(lang), null, "", "", "/", SHANGHAI);
    }

    @Test
    void durationsReadInWholeDaysFromThreeDaysOn() {
        PageContext zh = page(Lang.ZH);
        assertEquals("超期 27 天", zh.t("workorders.overdueBy", zh.duration(Duration.ofHours(662).plusMinutes(52))));
        assertEquals("3 天", zh.duration(Duration.ofDays(3)));
        assertEquals("1 小时 15 分", zh.duration(Duration.ofMinutes(-75)));
        assertEquals("5 小时", zh.duration(Duration.ofHours(5)));
        assertEquals("12 分钟", zh.duration(Duration.ofMinutes(12).plusSeconds(40)));
        PageContext en = page(Lang.EN);
        assertEquals("27 days", en.duration(Duration.ofHours(662).plusMinutes(52)));
        assertEquals("1 day 1 hour", en.duration(Duration.ofHours(25)));
        assertEquals("3 days", en.duration(Duration.ofHours(80)));
        assertEquals("1 hour 15 min", en.duration(Duration.ofMinutes(75)));
    }

    @Test
    void unitsSetAsideAreNamedByBuildingAndNumberTenAtMost() {
        List<StateStore.UnitSetAside> units = new ArrayList<>();
        Map<UUID, String> labels = new HashMap<>();
        units.add(new StateStore.UnitSetAside(UUID.randomUUID(), 3, 1, "refused", 0));
        for (int n = 1; n <= 11; n++) {
            StateStore.UnitSetAside unit = new StateStore.UnitSetAside(UUID.randomUUID(), 3 + n, 1, "refused", 0);
            units.add(unit);
            labels.put(unit.unitId(), "2号楼 1-" + (100 + n));
        }
        PageContext zh = page(Lang.ZH).withUnitsSetAside(new UnitsSetAside(units, labels));
        String named = zh.unitsSetAsideNamed();
        assertTrue(named.startsWith("基础数据中没有的房屋、2号楼 1-101、2号楼 1-102、"), named);
        assertTrue(named.endsWith("2号楼 1-109…"), "ten named, an ellipsis for the other two: " + named);
        assertEquals("2号楼 1-101", page(Lang.EN).withUnitsSetAside(new UnitsSetAside(units.subList(1, 2), labels))
                .unitsSetAsideNamed());
        assertEquals(List.of(), page(Lang.EN).withUnitsSetAside(null).unitsSetAside());
    }

    @Test
    void deadlinesGroupByWhatToDoFirst() {
        Instant now = Instant.parse("2026-12-05T02:00:00Z"); // 10:00 in Shanghai
        assertEquals(DueGroup.OVERDUE, DueGroup.of(true, true, now.minusSeconds(60), now, SHANGHAI));
        assertEquals(DueGroup.DUE_TODAY, DueGroup.of(true, false, Instant.parse("2026-12-05T15:59:00Z"), now, SHANGHAI));
        assertEquals(DueGroup.NOT_DUE, DueGroup.of(true, false, Instant.parse("2026-12-05T16:00:00Z"), now, SHANGHAI),
                "midnight in Shanghai is tomorrow");
        assertEquals(DueGroup.NO_CLOCK, DueGroup.of(false, true, now.minusSeconds(60), now, SHANGHAI),
                "someone is on site: no clock runs");
    }
}
