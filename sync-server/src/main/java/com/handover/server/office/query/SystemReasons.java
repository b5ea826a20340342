package com.handover.server.office.query;

import com.handover.model.sla.RepairSla;
import com.handover.server.office.web.Messages;
import java.util.Map;

/**
 * Reasons the server writes itself into an operation (an emergency or a paid repair sent to 维修部, a missed
 * on-site deadline escalated by the clock), read in the page's language. The stored text stays as it is; a
 * reason a person typed reads as typed.
 */
public final class SystemReasons {

    private static final Map<String, String> KEYS = Map.of(
            RepairSla.EMERGENCY_REASON, "reason.system.emergency",
            RepairSla.PAID_REPAIR_REASON, "reason.system.paidRepair",
            RepairSla.MISSED_ON_SITE_REASON, "reason.system.missedOnSite");

    private SystemReasons() {
    }

    /** The reason in the page's language when the server wrote it, otherwise as stored. */
    public static String text(String stored, Messages msg) {
        String key = stored == null ? null : KEYS.get(stored);
        return key == null ? stored : msg.t(key);
    }
}
