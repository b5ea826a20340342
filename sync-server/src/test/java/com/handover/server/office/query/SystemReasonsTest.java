package com.handover.server.office.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.sla.RepairSla;
import com.handover.server.office.web.Lang;
import com.handover.server.office.web.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reasons the server writes read in the page's language; what a person typed reads as typed. */
class SystemReasonsTest {

    private static final List<String> WRITTEN_BY_THE_SERVER = List.of(RepairSla.EMERGENCY_REASON,
            RepairSla.PAID_REPAIR_REASON, RepairSla.MISSED_ON_SITE_REASON);

    @Test
    void eachReasonTheServerWritesReadsInEnglishOnAnEnglishPage() {
        Messages en = Messages.of(Lang.EN);
        for (String stored : WRITTEN_BY_THE_SERVER) {
            String text = SystemReasons.text(stored, en);
            assertFalse(text.startsWith("??"), stored);
            assertFalse(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "no Chinese in: " + text);
        }
    }

    @Test
    void onAChinesePageTheReasonsReadInChineseOnly() {
        Messages zh = Messages.of(Lang.ZH);
        assertEquals(RepairSla.EMERGENCY_REASON, SystemReasons.text(RepairSla.EMERGENCY_REASON, zh));
        String missed = SystemReasons.text(RepairSla.MISSED_ON_SITE_REASON, zh);
        assertTrue(missed.startsWith("施工单位超过到场期限未到场"), missed);
        assertFalse(missed.contains("on-site"), missed);
    }

    @Test
    void aReasonAPersonTypedReadsAsTyped() {
        String typed = "施工单位电话打不通，改由维修部处理";
        assertEquals(typed, SystemReasons.text(typed, Messages.of(Lang.EN)));
        assertEquals(null, SystemReasons.text(null, Messages.of(Lang.EN)));
    }
}
