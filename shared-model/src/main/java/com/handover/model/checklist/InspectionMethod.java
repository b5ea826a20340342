package com.handover.model.checklist;

import com.handover.model.Checks;

/** How an item is checked on site, e.g. STRAIGHTEDGE (2m靠尺+塞尺) or PONDING_24H (闭水试验24h). */
public record InspectionMethod(String code, String nameZh, String nameEn) {
    public InspectionMethod {
        Checks.code("method.code", code);
        Checks.text("method.nameZh", nameZh, Checks.MAX_NAME);
        Checks.text("method.nameEn", nameEn, Checks.MAX_NAME);
    }
}
