package com.handover.model.checklist;

import com.handover.model.Checks;

/**
 * One line of an acceptance form: what to check, how, what passes, and who answers for a defect in it
 * (its trade and warranty category).
 *
 * @param reference the standard or rule behind the criterion, e.g. "GB 50210-2018"; null where none is cited
 * @param tolerance what a measured value is compared with; null for items judged without a figure
 */
public record ChecklistItem(String code, String nameZh, String nameEn, String method, String criterionZh,
                            String criterionEn, String warrantyCategory, String trade, String reference,
                            Tolerance tolerance, Verification verification) {
    public ChecklistItem {
        Checks.code("item.code", code);
        Checks.text("item.nameZh", nameZh, Checks.MAX_NAME);
        Checks.text("item.nameEn", nameEn, Checks.MAX_NAME);
        Checks.code("item.method", method);
        Checks.text("item.criterionZh", criterionZh, Checks.MAX_TEXT);
        Checks.text("item.criterionEn", criterionEn, Checks.MAX_TEXT);
        Checks.code("item.warrantyCategory", warrantyCategory);
        Checks.code("item.trade", trade);
        Checks.optionalText("item.reference", reference, Checks.MAX_NAME);
        Checks.required("item.verification", verification);
    }
}
