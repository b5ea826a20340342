package com.handover.model.sla;

import com.handover.model.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter like 2026-Q4 (October to December), the period of a contractor settlement. */
public record Quarter(int year, int quarter) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("quarter year must be 2000..2999");
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4");
        }
    }

    /** @throws IllegalArgumentException unless the text is like 2026-Q4 */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(Checks.required("quarter", text));
        if (!m.matches()) {
            throw new IllegalArgumentException("a quarter is written like 2026-Q4");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter of(Instant instant, ZoneId zone) {
        return of(instant.atZone(zone).toLocalDate());
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public boolean contains(Instant instant, ZoneId zone) {
        return of(instant, zone).equals(this);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
