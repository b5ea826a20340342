package com.handover.server.sync;

import static com.handover.server.sync.FoldFailureStreak.REMINDER_MILLIS;
import static com.handover.server.sync.FoldFailureStreak.Report.QUIET;
import static com.handover.server.sync.FoldFailureStreak.Report.REMINDER;
import static com.handover.server.sync.FoldFailureStreak.Report.WITH_STACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.store.StoreException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A fold failing every second for an hour leaves a stack once and a line a minute, not 3,600 stacks. */
class FoldFailureStreakTest {

    private static RuntimeException diskFull(long position) {
        return new StoreException("folding through position " + position,
                new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"));
    }

    @Test
    void theSameFailureEverySecondForAnHourIsLoggedWithItsStackOnceAndThenOnceAMinute() {
        FoldFailureStreak streak = new FoldFailureStreak();
        long start = 1_000_000;
        int stacks = 0;
        int reminders = 0;
        for (int second = 0; second < 3600; second++) {
            FoldFailureStreak.Report report = streak.failed(diskFull(100 + second), start + second * 1000L);
            if (second == 0) {
                assertEquals(WITH_STACK, report, "the first failure of a streak");
            }
            stacks += report == WITH_STACK ? 1 : 0;
            reminders += report == REMINDER ? 1 : 0;
        }
        assertEquals(1, stacks, "a position in the message does not make another kind of failure");
        assertEquals(59, reminders);
        assertEquals(3600, streak.failures());
        assertEquals(start, streak.sinceMillis());
    }

    @Test
    void anotherKindOfFailureWithinAStreakIsLoggedWithItsStack() {
        FoldFailureStreak streak = new FoldFailureStreak();
        assertEquals(WITH_STACK, streak.failed(diskFull(1), 0));
        assertEquals(QUIET, streak.failed(diskFull(1), 1000));
        assertEquals(WITH_STACK, streak.failed(new StoreException("folding",
                new SQLException("[SQLITE_IOERR] Some kind of disk I/O error occurred (disk I/O error)")), 2000));
        assertEquals(WITH_STACK, streak.failed(new IllegalStateException("the pool is closed"), 3000));
        assertEquals(QUIET, streak.failed(new IllegalStateException("the pool is closed"), 4000));
        assertEquals(REMINDER, streak.failed(new IllegalStateException("the pool is closed"), 3000 + REMINDER_MILLIS));
    }

    @Test
    void aCommitEndsTheStreakOnceAndTheNextFailureStartsANewOne() {
        FoldFailureStreak streak = new FoldFailureStreak();
        assertTrue(streak.succeeded().isEmpty(), "no streak, nothing to say");
        streak.failed(diskFull(1), 5_000);
        streak.failed(diskFull(1), 6_000);
        streak.failed(diskFull(1), 7_000);

        assertEquals(Optional.of(new FoldFailureStreak.Ended(3, 5_000)), streak.succeeded());
        assertEquals(0, streak.failures());
        assertTrue(streak.succeeded().isEmpty(), "a streak ends once");
        assertEquals(WITH_STACK, streak.failed(diskFull(1), 8_000), "the same failure, in a new streak");
        assertEquals(8_000, streak.sinceMillis());
    }
}
