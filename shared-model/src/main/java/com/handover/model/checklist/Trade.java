package com.handover.model.checklist;

import com.handover.model.Checks;

/** The trade (专业) responsible for an item and for repairing its defects, e.g. PLUMBING (给排水). */
public record Trade(String code, String nameZh, String nameEn) {
    public Trade {
        Checks.code("trade.code", code);
        Checks.text("trade.nameZh", nameZh, Checks.MAX_NAME);
        Checks.text("trade.nameEn", nameEn, Checks.MAX_NAME);
    }
}
