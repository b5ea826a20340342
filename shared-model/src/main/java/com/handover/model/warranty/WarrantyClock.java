package com.handover.model.warranty;

import com.handover.model.Checks;
import com.handover.model.checklist.WarrantyPeriod;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Adds a warranty period to the day a clock starts, giving the last day of the warranty. Years and months
 * follow 《民法典》第二百零一条/第二百零二条: the start day is not counted, the period ends on the
 * corresponding day of the last month, or on that month's last day where it has no such day (01-31 + 1
 * month = 02-28/29). Seasons are counted per {@link SeasonWindow#endOfSeasons}.
 *
 * @param heating          the heating season, null where the project has none
 * @param serviceLifeYears the project's design service life (设计使用年限)
 */
public record WarrantyClock(SeasonWindow heating, SeasonWindow cooling, SeasonCounting counting, int serviceLifeYears) {

    public WarrantyClock {
        Checks.required("clock.cooling", cooling);
        Checks.required("clock.counting", counting);
        if (serviceLifeYears < 1 || serviceLifeYears > 200) {
            throw new IllegalArgumentException("clock.serviceLifeYears must be 1..200");
        }
    }

    /** The last day of the period; empty for heating seasons where there is no heating season. */
    public Optional<LocalDate> lastDay(LocalDate start, WarrantyPeriod period) {
        return switch (period.unit()) {
            case YEARS -> Optional.of(start.plusYears(period.amount()));
            case MONTHS -> Optional.of(start.plusMonths(period.amount()));
            case SERVICE_LIFE -> Optional.of(start.plusYears(serviceLifeYears));
            case HEATING_SEASONS -> Optional.ofNullable(heating).map(s -> s.endOfSeasons(start, period.amount(), counting));
            case COOLING_SEASONS -> Optional.of(cooling.endOfSeasons(start, period.amount(), counting));
        };
    }
}
