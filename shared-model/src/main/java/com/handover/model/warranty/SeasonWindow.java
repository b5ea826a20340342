package com.handover.model.warranty;

import com.handover.model.Checks;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The yearly dates of a heating (采暖期) or cooling (供冷期) season, both days included. A season whose end
 * comes before its start in the calendar runs into the next year (Beijing heating: 11-15 to 03-15).
 */
public record SeasonWindow(MonthDay start, MonthDay end) {

    public SeasonWindow {
        Checks.required("season.start", start);
        Checks.required("season.end", end);
        if (start.equals(end)) {
            throw new IllegalArgumentException("season.start and season.end must differ");
        }
    }

    public static SeasonWindow of(int startMonth, int startDay, int endMonth, int endDay) {
        return new SeasonWindow(MonthDay.of(startMonth, startDay), MonthDay.of(endMonth, endDay));
    }

    public boolean crossesYearEnd() {
        return end.isBefore(start);
    }

    /** The first day of the season that starts in the given year. */
    public LocalDate startIn(int year) {
        return start.atYear(year);
    }

    /** The last day of the season that starts in the given year. */
    public LocalDate endOfSeasonStartingIn(int year) {
        return end.atYear(crossesYearEnd() ? year + 1 : year);
    }

    /**
     * The last day of the {@code n}-th counted season from the clock start: complete seasons starting on or
     * after it, or, under {@link SeasonCounting#COUNT_RUNNING_SEASON}, beginning with the one running on it.
     */
    public LocalDate endOfSeasons(LocalDate clockStart, int n, SeasonCounting counting) {
        if (n < 1) {
            throw new IllegalArgumentException("a season count must be 1 or more");
        }
        return endOfSeasonStartingIn(firstCountedStartYear(clockStart, counting) + n - 1);
    }

    private int firstCountedStartYear(LocalDate clockStart, SeasonCounting counting) {
        int year = clockStart.getYear();
        if (counting == SeasonCounting.COUNT_RUNNING_SEASON) {
            for (int y = year - 1; y <= year; y++) {
                if (startIn(y).isBefore(clockStart) && !endOfSeasonStartingIn(y).isBefore(clockStart)) {
                    return y;
                }
            }
        }
        return startIn(year).isBefore(clockStart) ? year + 1 : year;
    }
}
