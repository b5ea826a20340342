package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SnapshotSegmentsTest {

    private static SnapshotSegment ofSize(int bytes) {
        return new SnapshotSegment(new byte[bytes], 1, bytes * 5L, 0);
    }

    @Test
    void theLeastRecentlyUsedSegmentsGoFirstOnceTheBoundIsPassed() {
        SnapshotSegments kept = new SnapshotSegments(1000);
        SnapshotSegment a = ofSize(400);
        SnapshotSegment b = ofSize(400);
        kept.put("everything", 0, a);
        kept.put("everything", 1, b);
        assertSame(a, kept.get("everything", 0)); // a is now the more recently used
        kept.put("projects:ab12", 0, ofSize(400));

        assertNull(kept.get("everything", 1), "the least recently used segment went");
        assertSame(a, kept.get("everything", 0));
        assertEquals(800, kept.heldBytes());
    }

    @Test
    void scopesKeepSegmentsOfTheirOwnAndASegmentLargerThanTheBoundIsNotKept() {
        SnapshotSegments kept = new SnapshotSegments(1000);
        kept.put("projects:ab12", 3, ofSize(10));
        assertNull(kept.get("projects:cd34", 3));
        assertNull(kept.get("projects:ab12", 4));

        kept.put("everything", 0, ofSize(1001));
        assertNull(kept.get("everything", 0));
        assertEquals(10, kept.heldBytes());
    }

    /** Two requests for one segment while the first is still building it; what the first build gives. */
    private static SnapshotSegment[] twoAtOnce(SnapshotSegments kept, AtomicInteger builds,
                                               Function<Integer, SnapshotSegments.Built> build)
            throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<SnapshotSegment> first = pool.submit(() -> kept.get("everything", 2, () -> {
                int n = builds.incrementAndGet();
                firstStarted.countDown();
                await(release);
                return build.apply(n);
            }));
            assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
            AtomicReference<SnapshotSegment> second = new AtomicReference<>();
            Thread secondRequest = new Thread(() -> second.set(kept.get("everything", 2,
                    () -> build.apply(builds.incrementAndGet()))));
            secondRequest.start();
            // Parked only where it waits for the first request's segment: nothing else parks before the release.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (secondRequest.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(Thread.State.WAITING, secondRequest.getState(), "the second request waits for the first");
            release.countDown();
            SnapshotSegment a;
            try {
                a = first.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                a = null;
            }
            secondRequest.join(TimeUnit.SECONDS.toMillis(10));
            return new SnapshotSegment[] {a, second.get()};
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void requestsAtOnceForOneSegmentShareOneCompression() throws Exception {
        SnapshotSegments kept = new SnapshotSegments(1000);
        AtomicInteger builds = new AtomicInteger();
        SnapshotSegment[] got = twoAtOnce(kept, builds, n -> new SnapshotSegments.Built(ofSize(100 + n), true));
        assertEquals(1, builds.get());
        assertSame(got[0], got[1]);
        assertSame(got[0], kept.get("everything", 2));
    }

    @Test
    void aSegmentThatMayNotBeKeptIsNotHandedToTheRequestWaitingForIt() throws Exception {
        SnapshotSegments kept = new SnapshotSegments(1000);
        AtomicInteger builds = new AtomicInteger();
        SnapshotSegment[] got = twoAtOnce(kept, builds, n -> new SnapshotSegments.Built(ofSize(100 + n), n > 1));
        assertEquals(2, builds.get(), "the waiting request read the segment again itself");
        assertEquals(101, got[0].size());
        assertEquals(102, got[1].size());
    }

    @Test
    void aFailedBuildFailsItsOwnRequestAloneAndTheWaitingOneBuildsItsOwn() throws Exception {
        SnapshotSegments kept = new SnapshotSegments(1000);
        AtomicInteger builds = new AtomicInteger();
        SnapshotSegment[] got = twoAtOnce(kept, builds, n -> {
            if (n == 1) {
                throw new IllegalStateException("the database went away");
            }
            return new SnapshotSegments.Built(ofSize(50), true);
        });
        assertNull(got[0]);
        assertEquals(50, got[1].size());
        assertEquals(50, kept.heldBytes());
        assertThrows(IllegalStateException.class, () -> kept.get("projects:ab12", 0, () -> {
            throw new IllegalStateException("again");
        }));
    }
}
