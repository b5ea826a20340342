package com.handover.server.setup.imports;

import com.handover.model.checklist.WarrantyPeriod;

/** A warranty period written the way the import file takes it (5年, 24个月, 2个采暖期…). */
public final class PeriodText {

    private PeriodText() {
    }

    public static String zh(WarrantyPeriod p) {
        return switch (p.unit()) {
            case YEARS -> p.amount() + "年";
            case MONTHS -> p.amount() + "个月";
            case HEATING_SEASONS -> p.amount() + "个采暖期";
            case COOLING_SEASONS -> p.amount() + "个供冷期";
            case SERVICE_LIFE -> "设计使用年限";
        };
    }
}
