package com.handover.server.sync;

import com.handover.server.auth.Principal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compresses each snapshot segment once the log has sealed it, for the scope of every account assigned projects or
 * buildings, so that the first device of a team to sync finds its snapshot laid together from segments already
 * compressed, as the team's later devices do. The state folder tells it how far the log is sealed; a segment kept
 * for a scope is not built again, and segments sealed before this server started are left to the first device that
 * asks.
 *
 * <p>The work is done for devices that may come later, so it gives way to the devices syncing now: it starts once
 * the log has gone {@link #QUIET} without a fold, or {@link #LONGEST_WAIT} after a segment was sealed when pushes
 * never pause. A device that asks first compresses the segment itself and keeps it for the next ones.
 */
final class SnapshotPreparer implements AutoCloseable {

    /** Builds (or finds kept) the sealed segments {@code from} to {@code to - 1} of one account's scope. */
    @FunctionalInterface
    interface SegmentBuilder {
        void prepare(Principal account, long from, long to);
    }

    /** Runs a task on the preparer's thread after a delay. */
    @FunctionalInterface
    interface Scheduler {
        void after(long delayNanos, Runnable task);
    }

    /** How long the log goes without a fold before sealed segments are compressed. */
    static final Duration QUIET = Duration.ofSeconds(1);

    /** The longest a sealed segment waits for a pause in the pushes. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotPreparer.class);

    private final Supplier<List<Principal>> assignedAccounts;
    private final SegmentBuilder builder;
    private final Scheduler scheduler;
    private final LongSupplier nanoTime;
    private final Runnable stopScheduler;
    /** Segments below this are compressed (or left to the devices). */
    private long prepared;
    /** Segments below this are compressed, or being compressed now. */
    private long claimed;
    /** Segments below this are sealed. */
    private long sealed;
    private long lastFoldNanos;
    /** When the oldest sealed segment nobody has claimed yet was sealed. */
    private long waitingSinceNanos;
    private boolean checkScheduled;
    private boolean closed;

    /** @param sealedAtStart segments the log had sealed when this server started (left to the devices) */
    static SnapshotPreparer start(Supplier<List<Principal>> assignedAccounts, SegmentBuilder builder,
            long sealedAtStart) {
        ScheduledThreadPoolExecutor worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "snapshot-preparer");
            t.setDaemon(true);
            return t;
        });
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return new SnapshotPreparer(assignedAccounts, builder, sealedAtStart,
                (delay, task) -> worker.schedule(task, delay, TimeUnit.NANOSECONDS), System::nanoTime,
                () -> stop(worker));
    }

    SnapshotPreparer(Supplier<List<Principal>> assignedAccounts, SegmentBuilder builder, long sealedAtStart,
            Scheduler scheduler, LongSupplier nanoTime, Runnable stopScheduler) {
        this.assignedAccounts = assignedAccounts;
        this.builder = builder;
        this.scheduler = scheduler;
        this.nanoTime = nanoTime;
        this.stopScheduler = stopScheduler;
        this.prepared = sealedAtStart;
        this.claimed = sealedAtStart;
        this.sealed = sealedAtStart;
    }

    /** The log is folded through {@code position}: the segments below it are sealed. */
    synchronized void foldedThrough(long position) {
        lastFoldNanos = nanoTime.getAsLong();
        long now = position / SnapshotSegments.SPAN;
        if (now > sealed && !closed) {
            if (sealed == claimed) {
                waitingSinceNanos = lastFoldNanos;
            }
            sealed = now;
            scheduleCheck(QUIET.toNanos());
        }
    }

    /** Sealed segments not compressed yet. */
    synchronized long waiting() {
        return sealed - prepared;
    }

    private void scheduleCheck(long delayNanos) {
        if (!checkScheduled) {
            checkScheduled = true;
            scheduler.after(delayNanos, this::prepareWhenDue);
        }
    }

    /** How long sealed segments wait yet: until the log has been quiet, or at most until the longest wait. */
    static long waitLeftNanos(long nowNanos, long lastFoldNanos, long waitingSinceNanos) {
        long untilQuiet = lastFoldNanos + QUIET.toNanos() - nowNanos;
        long untilLongest = waitingSinceNanos + LONGEST_WAIT.toNanos() - nowNanos;
        return Math.max(0, Math.min(untilQuiet, untilLongest));
    }

    private void prepareWhenDue() {
        long from;
        long to;
        synchronized (this) {
            checkScheduled = false;
            if (closed || sealed == claimed) {
                return;
            }
            long left = waitLeftNanos(nanoTime.getAsLong(), lastFoldNanos, waitingSinceNanos);
            if (left > 0) {
                scheduleCheck(left);
                return;
            }
            from = claimed;
            to = sealed;
            claimed = sealed;
        }
        prepare(from, to);
        synchronized (this) {
            prepared = to;
            if (sealed > claimed && !closed) {
                scheduleCheck(QUIET.toNanos());
            }
        }
    }

    private void prepare(long from, long to) {
        try {
            for (Principal account : assignedAccounts.get()) {
                if (Thread.currentThread().isInterrupted()) {
                    return; // the server is stopping
                }
                builder.prepare(account, from, to);
            }
        } catch (RuntimeException e) {
            // Nothing is lost: the first device of the scope builds the segment instead.
            LOG.warn("snapshot segments {} to {} were not prepared", from, to - 1, e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        stopScheduler.run();
    }

    private static void stop(ScheduledExecutorService worker) {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
