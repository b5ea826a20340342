package com.handover.model.warranty;

import com.handover.model.checklist.PeriodUnit;
import com.handover.model.checklist.WarrantyCategory;
import com.handover.model.checklist.WarrantyPeriod;

/**
 * Whether a period agreed in a contractor's 质量保修书 respects the statutory minimum of its category
 * (《建设工程质量管理条例》第四十条): an agreed period may only lengthen it. Years and months compare with each
 * other; heating and cooling seasons only with the same kind of season; the design service life cannot be
 * shortened, so it cannot be agreed at all.
 */
public final class StatutoryFloor {

    private StatutoryFloor() {
    }

    /** True when the agreed period is at least the category's contractor minimum (or the law sets none). */
    public static boolean respects(WarrantyCategory category, WarrantyPeriod agreed) {
        WarrantyPeriod minimum = category.contractorPeriod();
        if (minimum == null) {
            return agreed.unit() != PeriodUnit.SERVICE_LIFE;
        }
        if (minimum.unit() == PeriodUnit.SERVICE_LIFE) {
            return agreed.unit() == PeriodUnit.SERVICE_LIFE;
        }
        if (months(minimum) >= 0 && months(agreed) >= 0) {
            return months(agreed) >= months(minimum);
        }
        return agreed.unit() == minimum.unit() && agreed.amount() >= minimum.amount();
    }

    /** Calendar months of a period in years or months; -1 for seasons and the service life. */
    private static int months(WarrantyPeriod p) {
        return switch (p.unit()) {
            case YEARS -> p.amount() * 12;
            case MONTHS -> p.amount();
            default -> -1;
        };
    }
}
