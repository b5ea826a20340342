package com.handover.server.sync;

import com.handover.server.auth.Principal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compresses each snapshot segment as soon as the log has sealed it, for the scope of every account assigned
 * projects or buildings, so that the first device of a team to sync finds its snapshot laid together from
 * segments already compressed, as the team's later devices do. Runs on a thread of its own after the state folder
 * has taken the positions in; a segment kept for a scope is not built again, and segments sealed before this
 * server started are left to the first device that asks.
 */
final class SnapshotPreparer implements AutoCloseable {

    /** Builds (or finds kept) the sealed segments {@code from} to {@code to - 1} of one account's scope. */
    @FunctionalInterface
    interface SegmentBuilder {
        void prepare(Principal account, long from, long to);
    }

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotPreparer.class);

    private final Supplier<List<Principal>> assignedAccounts;
    private final SegmentBuilder builder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "snapshot-preparer");
        t.setDaemon(true);
        return t;
    });
    private long prepared;
    private long sealed;

    /**
     * @param sealedAtStart segments the log had sealed when this server started (left to the devices)
     */
    SnapshotPreparer(Supplier<List<Principal>> assignedAccounts, SegmentBuilder builder, long sealedAtStart) {
        this.assignedAccounts = assignedAccounts;
        this.builder = builder;
        this.prepared = sealedAtStart;
        this.sealed = sealedAtStart;
    }

    /** The log is folded through {@code position}: the segments below it are sealed. */
    synchronized void foldedThrough(long position) {
        long now = position / SnapshotSegments.SPAN;
        if (now > sealed && !worker.isShutdown()) {
            sealed = now;
            worker.execute(this::prepareSealed);
        }
    }

    private void prepareSealed() {
        long from;
        long to;
        synchronized (this) {
            from = prepared;
            to = sealed;
            prepared = sealed;
        }
        if (from >= to) {
            return;
        }
        try {
            for (Principal account : assignedAccounts.get()) {
                builder.prepare(account, from, to);
            }
        } catch (RuntimeException e) {
            // Nothing is lost: the first device of the scope builds the segment instead.
            LOG.warn("snapshot segments {} to {} were not prepared", from, to - 1, e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
