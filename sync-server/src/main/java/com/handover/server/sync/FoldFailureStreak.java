package com.handover.server.sync;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Consecutive failed fold transactions, and what each one should leave in the log. The folder tries again every
 * {@link StateFolder#RETRY_MILLIS} so that the console is current a second after the database comes back; a
 * failure that lasts (a full disk, a database that is down) would otherwise write a stack trace a second. So a
 * streak's first failure is logged with its stack, as is a failure of another kind within it; the same failure
 * again is logged in one line every {@link #REMINDER_MILLIS} at most; the end of a streak is logged once.
 */
final class FoldFailureStreak {

    /** Shortest time between two lines about the same failure that keeps coming back. */
    static final long REMINDER_MILLIS = 60_000;

    /** What to log for one failure. */
    enum Report {
        /** The first of its kind in this streak: log it with its stack. */
        WITH_STACK,
        /** The same failure as before, a reminder's time after the last line: log one line, no stack. */
        REMINDER,
        /** The same failure as before, logged a moment ago: log nothing. */
        QUIET
    }

    /** A streak that has just ended: how many tries failed, from when. */
    record Ended(int failures, long sinceMillis) {
    }

    /** Causes followed down a failure's chain at most (a chain may loop). */
    private static final int MAX_CAUSES = 20;

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private int failures;
    private long sinceMillis;
    private long lastLoggedMillis;
    private String lastKind;

    /** Counts a failed transaction at {@code nowMillis}; says what to log for it. */
    synchronized Report failed(RuntimeException failure, long nowMillis) {
        String kind = kindOf(failure);
        if (failures++ == 0) {
            sinceMillis = nowMillis;
        }
        if (failures == 1 || !kind.equals(lastKind)) {
            lastKind = kind;
            lastLoggedMillis = nowMillis;
            return Report.WITH_STACK;
        }
        if (nowMillis - lastLoggedMillis >= REMINDER_MILLIS) {
            lastLoggedMillis = nowMillis;
            return Report.REMINDER;
        }
        return Report.QUIET;
    }

    /** Counts a transaction that committed; the streak it ends, if one was running. */
    synchronized Optional<Ended> succeeded() {
        if (failures == 0) {
            return Optional.empty();
        }
        Ended ended = new Ended(failures, sinceMillis);
        failures = 0;
        lastKind = null;
        return Optional.of(ended);
    }

    /** Failed transactions since the last one that committed. */
    synchronized int failures() {
        return failures;
    }

    /** When the running streak began; meaningless while {@link #failures()} is 0. */
    synchronized long sinceMillis() {
        return sinceMillis;
    }

    /**
     * A failure's kind: its exception classes down the chain and the deepest cause's message, numbers left out
     * (a position or a time in it does not make another kind of failure).
     */
    private static String kindOf(Throwable failure) {
        StringBuilder kind = new StringBuilder();
        Throwable deepest = failure;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_CAUSES; t = t.getCause(), depth++) {
            kind.append(t.getClass().getName()).append('<');
            deepest = t;
        }
        return kind.append(DIGITS.matcher(Objects.toString(deepest.getMessage(), "")).replaceAll("#")).toString();
    }
}
