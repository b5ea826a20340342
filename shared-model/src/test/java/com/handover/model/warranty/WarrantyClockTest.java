package com.handover.model.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.checklist.PeriodUnit;
import com.handover.model.checklist.WarrantyPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarrantyClockTest {

    private static final SeasonWindow BEIJING = SeasonWindow.of(11, 15, 3, 15);
    private static final SeasonWindow COOLING = SeasonWindow.of(6, 1, 9, 30);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # basis                                                                       | start      | unit            | amount | counting              | last day
            民法典 第二百零二条: 01-31 + 1 month has no 02-31, the month's last day ends it | 2025-01-31 | MONTHS          | 1      | COMPLETE_SEASONS_ONLY | 2025-02-28
            民法典 第二百零二条: in a leap year the month's last day is 02-29              | 2024-01-31 | MONTHS          | 1      | COMPLETE_SEASONS_ONLY | 2024-02-29
            民法典 第二百零二条: 02-29 + 1 year ends 02-28                                 | 2024-02-29 | YEARS           | 1      | COMPLETE_SEASONS_ONLY | 2025-02-28
            民法典 第二百零一条: the start day is not counted, so 1 year ends on the same date | 2025-12-20 | YEARS       | 1      | COMPLETE_SEASONS_ONLY | 2026-12-20
            民法典 第二百零二条: 08-31 + 6 months = 02-28                                  | 2025-08-31 | MONTHS          | 6      | COMPLETE_SEASONS_ONLY | 2026-02-28
            REFERENCE §1.5: a season starting on the clock start day counts               | 2025-11-15 | HEATING_SEASONS | 1      | COMPLETE_SEASONS_ONLY | 2026-03-15
            REFERENCE §1.5: a season starting the day before does not                     | 2025-11-16 | HEATING_SEASONS | 1      | COMPLETE_SEASONS_ONLY | 2027-03-15
            REFERENCE §1.5: running-season policy counts it                               | 2025-11-16 | HEATING_SEASONS | 1      | COUNT_RUNNING_SEASON  | 2026-03-15
            REFERENCE §1.5: running on its last day still counts under that policy        | 2026-03-15 | HEATING_SEASONS | 1      | COUNT_RUNNING_SEASON  | 2026-03-15
            REFERENCE §1.5: the day after a season ended, the next one is first           | 2026-03-16 | HEATING_SEASONS | 1      | COUNT_RUNNING_SEASON  | 2027-03-15
            REFERENCE §1.5: early in the year the running season began the year before    | 2026-01-10 | HEATING_SEASONS | 2      | COUNT_RUNNING_SEASON  | 2027-03-15
            REFERENCE §1.5: 2 complete seasons from early in the year                     | 2026-01-10 | HEATING_SEASONS | 2      | COMPLETE_SEASONS_ONLY | 2028-03-15
            REFERENCE §1.5: cooling season 06-01..09-30 within one year                   | 2025-06-02 | COOLING_SEASONS | 1      | COMPLETE_SEASONS_ONLY | 2026-09-30
            REFERENCE §1.5: cooling season running at the start counts under the policy  | 2025-06-02 | COOLING_SEASONS | 1      | COUNT_RUNNING_SEASON  | 2025-09-30
            """)
    void lastDayOfAPeriod(String basis, LocalDate start, PeriodUnit unit, int amount, SeasonCounting counting, LocalDate lastDay) {
        WarrantyClock clock = new WarrantyClock(BEIJING, COOLING, counting, 50);
        assertEquals(lastDay, clock.lastDay(start, new WarrantyPeriod(unit, amount)).orElseThrow(), basis);
    }

    @Test
    void serviceLifeUsesTheProjectsDesignServiceLife() {
        WarrantyClock clock = new WarrantyClock(BEIJING, COOLING, SeasonCounting.COMPLETE_SEASONS_ONLY, 70);
        assertEquals(LocalDate.parse("2095-12-20"), clock.lastDay(LocalDate.parse("2025-12-20"), WarrantyPeriod.serviceLife()).orElseThrow());
    }

    @Test
    void heatingSeasonsWithoutAHeatingSeasonHaveNoLastDay() {
        WarrantyClock clock = new WarrantyClock(null, COOLING, SeasonCounting.COMPLETE_SEASONS_ONLY, 50);
        assertTrue(clock.lastDay(LocalDate.parse("2025-12-20"), WarrantyPeriod.heatingSeasons(1)).isEmpty());
    }

    @Test
    void seasonMustHaveTwoDifferentDays() {
        assertThrows(IllegalArgumentException.class, () -> SeasonWindow.of(11, 15, 11, 15));
    }
}
