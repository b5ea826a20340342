package com.handover.mobile.ui.common;

import com.handover.mobile.i18n.Messages;
import java.time.Duration;

/**
 * A span of time as people say it: minutes under an hour, hours and minutes under a day, days and hours up to
 * {@link #HOURS_MATTER_BELOW} days, whole days beyond (the hours no longer change what to do).
 */
public final class Durations {

    /** From this many days on, a duration is said in whole days. */
    public static final int HOURS_MATTER_BELOW = 3;

    private Durations() {
    }

    /** The length of {@code span} (its sign is ignored). */
    public static String of(Duration span, Messages messages) {
        Duration d = span.abs();
        long days = d.toDays();
        if (days >= HOURS_MATTER_BELOW) {
            return messages.get("duration.days", days);
        }
        if (days >= 1) {
            return d.toHoursPart() == 0 ? messages.get("duration.days", days)
                    : messages.get("duration.daysHours", days, d.toHoursPart());
        }
        if (d.toHours() >= 1) {
            return messages.get("duration.hoursMinutes", d.toHours(), d.toMinutesPart());
        }
        return messages.get("duration.minutes", Math.max(1, d.toMinutes()));
    }
}
