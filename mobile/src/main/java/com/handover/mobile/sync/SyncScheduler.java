package com.handover.mobile.sync;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs sync in the background: now on start and on resume, then every {@code interval} while the server
 * answers. When it does not, the wait doubles up to {@code maxInterval}; when the user must sign in again, it
 * waits for {@link #requestNow()}.
 */
public final class SyncScheduler implements AutoCloseable {

    private final SyncEngine engine;
    private final ScheduledExecutorService executor;
    private final Duration interval;
    private final Duration maxInterval;
    private Duration nextWait;
    private ScheduledFuture<?> pending;
    private boolean stopped;

    public SyncScheduler(SyncEngine engine, ScheduledExecutorService executor, Duration interval, Duration maxInterval) {
        this.engine = engine;
        this.executor = executor;
        this.interval = interval;
        this.maxInterval = maxInterval;
        this.nextWait = interval;
    }

    /** Sync as soon as possible (app start, resume, the "sync now" button). */
    public synchronized void requestNow() {
        schedule(Duration.ZERO);
    }

    /** The app went to the background: no timer runs until it resumes. */
    public synchronized void pause() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private synchronized void schedule(Duration wait) {
        if (stopped) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = executor.schedule(this::runRound, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runRound() {
        SyncStatus done = engine.syncNow();
        synchronized (this) {
            String problem = done.problem() == null ? null : done.problem().key();
            if ("sync.error.signInAgain".equals(problem)) {
                pending = null;
                return;
            }
            boolean unreachable = "sync.error.offline".equals(problem) || "sync.error.server".equals(problem)
                    || "sync.error.rateLimited".equals(problem);
            nextWait = unreachable ? min(nextWait.multipliedBy(2), maxInterval) : interval;
            schedule(nextWait);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public synchronized void close() {
        stopped = true;
        pause();
    }
}
