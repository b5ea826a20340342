package com.handover.model.checklist;

import com.handover.model.Checks;

/** A quantity a tolerance limits, e.g. FLATNESS (表面平整度) or RAILING_HEIGHT (栏杆净高). */
public record Measure(String code, String nameZh, String nameEn) {
    public Measure {
        Checks.code("measure.code", code);
        Checks.text("measure.nameZh", nameZh, Checks.MAX_NAME);
        Checks.text("measure.nameEn", nameEn, Checks.MAX_NAME);
    }
}
