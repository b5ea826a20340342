package com.handover.server.setup.imports;

import com.handover.model.warranty.SeasonWindow;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A season's yearly dates as a customer writes them in the import file and on the project page: 11-15至03-15 or
 * 11月15日至3月15日 (or 11-15 to 03-15), both days included; a season may run into the next year.
 */
public final class SeasonText {

    private static final Pattern SEASON = Pattern.compile(
            "(\\d{1,2})[-月./](\\d{1,2})日?\\s*(?:至|到|~|～|—|–|to)\\s*(\\d{1,2})[-月./](\\d{1,2})日?");

    private SeasonText() {
    }

    public static Optional<SeasonWindow> read(String text) {
        Matcher m = SEASON.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SeasonWindow.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The form {@link #read} reads back: 11-15至03-15; null for no season. */
    public static String write(SeasonWindow w) {
        return w == null ? null : String.format("%02d-%02d至%02d-%02d", w.start().getMonthValue(),
                w.start().getDayOfMonth(), w.end().getMonthValue(), w.end().getDayOfMonth());
    }
}
