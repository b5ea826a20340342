package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Role;
import com.handover.server.auth.Principal;
import com.handover.server.auth.User;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Sealed snapshot segments are compressed for devices still to come, so the preparer gives way to the pushes of
 * the devices syncing now: it starts after a second without a fold, or a minute after a segment was sealed when the
 * pushes never pause. Time is the test's, moved by hand.
 */
class SnapshotPreparerTest {

    private static final long SPAN = SnapshotSegments.SPAN;
    private static final long QUIET = SnapshotPreparer.QUIET.toNanos();
    private static final long LONGEST_WAIT = SnapshotPreparer.LONGEST_WAIT.toNanos();

    private record Task(long dueNanos, Runnable run) {
    }

    private record Prepared(long atNanos, String account, long from, long to) {
    }

    private long now = TimeUnit.HOURS.toNanos(5);
    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> Long.compare(a.dueNanos(), b.dueNanos()));
    private final List<Prepared> prepared = new ArrayList<>();
    private final List<Principal> accounts = List.of(account("wang.li"), account("zhao.qiang"));
    private boolean stopped;

    private final SnapshotPreparer preparer = new SnapshotPreparer(() -> accounts,
            (account, from, to) -> prepared.add(new Prepared(now, account.username(), from, to)), 2,
            (delay, task) -> tasks.add(new Task(now + delay, task)), () -> now, () -> stopped = true);

    @Test
    void aSealedSegmentIsCompressedForEveryAssignedAccountOnceTheLogHasBeenQuietForASecond() {
        long sealedAt = now;
        preparer.foldedThrough(3 * SPAN + 10);
        assertEquals(1, preparer.waiting());

        advance(QUIET - 1);
        assertTrue(prepared.isEmpty(), "nothing is compressed while the log is less than a second quiet");

        advance(1);
        assertEquals(List.of(new Prepared(sealedAt + QUIET, "wang.li", 2, 3),
                new Prepared(sealedAt + QUIET, "zhao.qiang", 2, 3)), prepared);
        assertEquals(0, preparer.waiting());
    }

    @Test
    void foldsThatKeepComingPutItOffButNoLongerThanAMinute() {
        long sealedAt = now;
        preparer.foldedThrough(3 * SPAN);
        for (int i = 0; i < 200 && prepared.isEmpty(); i++) {
            advance(QUIET / 2);
            preparer.foldedThrough(3 * SPAN + i); // a push every half second, none sealing a segment
        }
        assertEquals(sealedAt + LONGEST_WAIT, prepared.get(0).atNanos(), "compressed a minute after the seal");
        assertEquals(2, prepared.get(0).from());
        assertEquals(3, prepared.get(0).to());
    }

    @Test
    void segmentsSealedWhileTheLogIsBusyAreCompressedTogetherInThePause() {
        preparer.foldedThrough(3 * SPAN);
        advance(QUIET / 2);
        preparer.foldedThrough(4 * SPAN);
        advance(QUIET / 2);
        preparer.foldedThrough(6 * SPAN + 1);
        assertEquals(4, preparer.waiting());

        advance(QUIET);
        assertEquals(List.of(new Prepared(now, "wang.li", 2, 6), new Prepared(now, "zhao.qiang", 2, 6)), prepared);
        assertEquals(0, preparer.waiting());

        preparer.foldedThrough(7 * SPAN);
        advance(QUIET);
        assertEquals(new Prepared(now, "wang.li", 6, 7), prepared.get(2), "the next seal starts where the last ended");
    }

    @Test
    void aStoppedServerCompressesNothingMore() {
        preparer.foldedThrough(3 * SPAN);
        preparer.close();
        assertTrue(stopped);

        advance(LONGEST_WAIT);
        preparer.foldedThrough(5 * SPAN);
        advance(LONGEST_WAIT);
        assertTrue(prepared.isEmpty());
    }

    /** Moves the test's time on, running each scheduled task when its time comes. */
    private void advance(long nanos) {
        long until = now + nanos;
        while (!tasks.isEmpty() && tasks.peek().dueNanos() <= until) {
            Task next = tasks.poll();
            now = Math.max(now, next.dueNanos());
            next.run().run();
        }
        now = until;
    }

    private static Principal account(String username) {
        return new Principal(new User(username, "王丽", Role.INSPECTOR), "pad-" + username, "token");
    }
}
