package com.handover.model.checklist;

import com.handover.model.Checks;

/**
 * A warranty period: an amount of a unit, like 5 YEARS or 2 HEATING_SEASONS. SERVICE_LIFE has no amount:
 * it is the project's design service life in years.
 */
public record WarrantyPeriod(PeriodUnit unit, Integer amount) {

    /** Longest period accepted in any unit (100 years in months); guards against typing slips. */
    public static final int MAX_AMOUNT = 1_200;

    public WarrantyPeriod {
        Checks.required("period.unit", unit);
        if (unit == PeriodUnit.SERVICE_LIFE) {
            if (amount != null) {
                throw new IllegalArgumentException("period.amount must be empty for SERVICE_LIFE (the project's design service life applies)");
            }
        } else {
            Checks.required("period.amount", amount);
            if (amount < 1 || amount > MAX_AMOUNT) {
                throw new IllegalArgumentException("period.amount must be 1.." + MAX_AMOUNT);
            }
        }
    }

    public static WarrantyPeriod years(int amount) {
        return new WarrantyPeriod(PeriodUnit.YEARS, amount);
    }

    public static WarrantyPeriod months(int amount) {
        return new WarrantyPeriod(PeriodUnit.MONTHS, amount);
    }

    public static WarrantyPeriod heatingSeasons(int amount) {
        return new WarrantyPeriod(PeriodUnit.HEATING_SEASONS, amount);
    }

    public static WarrantyPeriod coolingSeasons(int amount) {
        return new WarrantyPeriod(PeriodUnit.COOLING_SEASONS, amount);
    }

    public static WarrantyPeriod serviceLife() {
        return new WarrantyPeriod(PeriodUnit.SERVICE_LIFE, null);
    }
}
