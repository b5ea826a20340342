package com.handover.model.checklist;

import com.handover.model.Checks;

/**
 * A warranty category (保修类别) with the statutory minimum periods of both regimes (see REFERENCE.md §1):
 * to the buyer from handover (建房[1998]102号 第五条) and from the contractor from completion acceptance
 * (《建设工程质量管理条例》第四十条). A null period means the law sets no minimum for that regime.
 *
 * @param basis             the legal basis as given in the source (mixed English and Chinese)
 * @param buyerBasisZh      the buyer-side citation in Chinese, null where no line of 第五条 applies
 * @param contractorBasisZh the contractor-side citation in Chinese
 * @param verification      how the figures were verified (free text from the source)
 */
public record WarrantyCategory(String code, String nameZh, String nameEn, WarrantyPeriod buyerPeriod,
                               WarrantyPeriod contractorPeriod, String basis, String buyerBasisZh,
                               String contractorBasisZh, String verification, String note) {
    public WarrantyCategory {
        Checks.code("warrantyCategory.code", code);
        Checks.text("warrantyCategory.nameZh", nameZh, Checks.MAX_NAME);
        Checks.text("warrantyCategory.nameEn", nameEn, Checks.MAX_NAME);
        Checks.text("warrantyCategory.basis", basis, Checks.MAX_TEXT);
        Checks.optionalText("warrantyCategory.buyerBasisZh", buyerBasisZh, Checks.MAX_TEXT);
        Checks.text("warrantyCategory.contractorBasisZh", contractorBasisZh, Checks.MAX_TEXT);
        Checks.text("warrantyCategory.verification", verification, Checks.MAX_TEXT);
        Checks.optionalText("warrantyCategory.note", note, Checks.MAX_TEXT);
        if (buyerPeriod != null && buyerBasisZh == null) {
            throw new IllegalArgumentException("warrantyCategory.buyerBasisZh is required where a buyer period is given (" + code + ")");
        }
    }
}
