package com.handover.server.sync;

import com.handover.model.json.OperationCodec;
import com.handover.server.store.Database;
import com.handover.server.store.OperationLog;
import com.handover.server.store.OperationLog.Append;
import com.handover.server.store.StateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds the log into the state tables behind the pushes. A push appends its operations, commits, hands them here
 * and answers the device; this folder's thread then folds them onto their units' state ({@link StateMaterializer})
 * in a transaction of its own, which also moves the state's fold mark ({@code state_progress}). Whoever reads the
 * state tables and needs everything written so far (the office console, the server's own operations, a
 * maintenance worker's scope) waits for the mark first.
 *
 * <p>Operations a server did not fold before it stopped are folded when it starts again; on PostgreSQL, another
 * node's operations are folded by whichever node gets to them first (the mark's row lock keeps two nodes from
 * folding the same ones).
 */
public final class StateFolder implements AutoCloseable {

    /** Operations folded in one transaction at most. */
    static final int MAX_OPERATIONS_PER_TRANSACTION = 5_000;

    /**
     * Operations held in memory for the folder at most; past that, pushes hand nothing over and the folder reads
     * their operations back from the log.
     */
    static final int MAX_HANDED_OVER = 50_000;

    /** How often an idle folder looks for operations another server node appended. */
    static final long IDLE_CHECK_MILLIS = 1_000;

    /** How long the folder waits before trying again after a transaction failed. */
    static final long RETRY_MILLIS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(StateFolder.class);

    /** How far behind the state tables are. */
    public record Lag(long operations, long foldedThrough, long foldedAtMillis) {
        public boolean behind() {
            return operations > 0;
        }
    }

    private final Database db;
    private final OperationLog log;
    private final StateStore state;
    private final StateMaterializer materializer;
    private final Clock clock;
    private final OperationCodec codec = new OperationCodec();
    private final ConcurrentSkipListMap<Long, Append> handedOver = new ConcurrentSkipListMap<>();
    private final List<LongConsumer> foldListeners = new CopyOnWriteArrayList<>();
    private final FoldFailureStreak failures = new FoldFailureStreak();
    private final Object signal = new Object();
    private boolean wake;
    private volatile boolean running;
    private volatile long foldedThrough = -1;
    private volatile long foldedAtMillis;
    private Thread thread;

    public StateFolder(Database db, OperationLog log, StateStore state, StateMaterializer materializer, Clock clock) {
        this.db = db;
        this.log = log;
        this.state = state;
        this.materializer = materializer;
        this.clock = clock;
    }

    public StateMaterializer materializer() {
        return materializer;
    }

    /** Calls {@code listener}, on the folder's thread, each time the state tables have folded the log further. */
    public void onFolded(LongConsumer listener) {
        foldListeners.add(listener);
    }

    /**
     * Folds the units set aside again (see {@link StateMaterializer#retrySetAside}), then starts the folder's
     * thread; it first folds whatever the log holds past the mark.
     */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        try {
            materializer.retrySetAside(db);
        } catch (RuntimeException e) {
            LOG.warn("the units set aside could not be folded again now; they are tried at the next start", e);
        }
        foldedThrough = db.read(state::foldedThrough);
        foldedAtMillis = clock.millis();
        running = true;
        thread = new Thread(this::run, "state-folder");
        thread.setDaemon(true);
        thread.start();
    }

    /** Operations a push has just committed, in position order. */
    public void committed(List<Append> appended) {
        if (appended.isEmpty()) {
            return;
        }
        if (handedOver.size() + appended.size() <= MAX_HANDED_OVER) {
            appended.forEach(a -> handedOver.put(a.position(), a));
        }
        wake();
    }

    /**
     * Waits until the state tables have folded the log through {@code position}; false when {@code timeoutMillis}
     * passed first. Call it outside any transaction: on SQLite the folder needs the write lock.
     */
    public boolean awaitFolded(long position, long timeoutMillis) {
        if (foldedThrough >= position) {
            return true;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (signal) {
            wake = true;
            signal.notifyAll();
            while (foldedThrough < position) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || !running) {
                    return foldedThrough >= position;
                }
                try {
                    signal.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** Waits until the state tables hold everything committed to the log now; false when the time ran out. */
    public boolean awaitCaughtUp(long timeoutMillis) {
        return awaitFolded(db.read(log::committedHead), timeoutMillis);
    }

    /** How far behind the state tables are now (reads the log's head). */
    public Lag lag() {
        long head = db.read(log::committedHead);
        long through = foldedThrough;
        return new Lag(Math.max(0, head - through), through, foldedAtMillis);
    }

    /** Fold transactions that failed since the last one that committed (0 while folding works). */
    public int failedTries() {
        return failures.failures();
    }

    /** The units whose operations the state tables could not fold, oldest first (reads the database). */
    public List<StateStore.UnitSetAside> unitsSetAside() {
        return db.read(state::unitsSetAside);
    }

    /** Re-folds every unit that has operations (see {@link StateMaterializer#rebuildAll}). */
    public int rebuildAll() {
        return materializer.rebuildAll(db);
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            t = thread;
            thread = null;
        }
        if (t == null) {
            return;
        }
        running = false;
        wake();
        try {
            t.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void run() {
        while (running) {
            try {
                if (!foldNext()) {
                    waitForWork();
                }
            } catch (RuntimeException e) {
                report(e);
                pause(RETRY_MILLIS);
            }
        }
    }

    private void report(RuntimeException failure) {
        switch (failures.failed(failure, clock.millis())) {
            case WITH_STACK -> LOG.warn("folding the log into the state tables failed; trying again every {} ms",
                    RETRY_MILLIS, failure);
            case REMINDER -> LOG.warn("folding the log into the state tables has failed {} times since {}, the same"
                    + " way as logged above ({}); still trying every {} ms", failures.failures(),
                    Instant.ofEpochMilli(failures.sinceMillis()), failure, RETRY_MILLIS);
            case QUIET -> {
            }
        }
    }

    /** Folds the next operations past the mark in one transaction; false when there were none. */
    private boolean foldNext() {
        Folded folded = db.write(c -> {
            long from = state.lockFoldedThrough(c);
            long upTo = foldableThrough(handedOver, from,
                    Math.min(log.committedHead(c), from + MAX_OPERATIONS_PER_TRANSACTION));
            if (upTo == from) {
                return new Folded(from, upTo, null);
            }
            StateMaterializer.Written written = materializer.foldAppended(c, operations(c, from, upTo));
            state.setFoldedThrough(c, upTo);
            return new Folded(from, upTo, written);
        });
        failures.succeeded().ifPresent(ended -> LOG.info("folding the log into the state tables works again, after"
                + " {} failed tries since {}", ended.failures(), Instant.ofEpochMilli(ended.sinceMillis())));
        if (folded.written() != null) {
            materializer.committed(folded.written());
        }
        handedOver.headMap(folded.upTo(), true).clear();
        advance(folded.upTo());
        return folded.upTo() > folded.from();
    }

    /** What one fold transaction did: the mark moved from {@code from} to {@code upTo}. */
    private record Folded(long from, long upTo, StateMaterializer.Written written) {
    }

    /**
     * Where one transaction's fold past {@code from} stops, at most {@code upTo}: at the end of the run of operations
     * handed over just after {@code from}, or, when the next one was not handed over, just before the first that
     * was. So a transaction takes its operations either all from memory or all from the log.
     */
    static long foldableThrough(NavigableMap<Long, ?> handedOver, long from, long upTo) {
        NavigableMap<Long, ?> held = handedOver.subMap(from, false, upTo, true);
        if (held.isEmpty()) {
            return upTo;
        }
        if (held.firstKey() != from + 1) {
            return held.firstKey() - 1;
        }
        long next = from + 1;
        for (long position : held.keySet()) {
            if (position != next) {
                break;
            }
            next++;
        }
        return next - 1;
    }

    /** The operations after {@code from} through {@code upTo}: as pushes handed them over, or read from the log. */
    private List<Append> operations(Connection c, long from, long upTo) throws SQLException {
        NavigableMap<Long, Append> held = handedOver.subMap(from, false, upTo, true);
        if (held.size() == upTo - from) {
            return new ArrayList<>(held.values());
        }
        // Not all in memory: written before this server started, by another node, or past the hand-over limit.
        List<Append> read = new ArrayList<>();
        for (OperationLog.LocatedOperation stored : log.range(c, from, upTo)) {
            read.add(new Append(stored.position(), codec.fromJson(stored.json()), stored.json(), stored.unitId(),
                    stored.projectId()));
        }
        return read;
    }

    private void advance(long through) {
        boolean further;
        synchronized (signal) {
            further = through > foldedThrough;
            if (further) {
                foldedThrough = through;
            }
            foldedAtMillis = clock.millis();
            signal.notifyAll();
        }
        if (further) {
            for (LongConsumer listener : foldListeners) {
                try {
                    listener.accept(through);
                } catch (RuntimeException e) {
                    // The state tables have folded already; a listener that fails must not hold the folder.
                    LOG.warn("a listener of the state folder failed at position {}", through, e);
                }
            }
        }
    }

    private void wake() {
        synchronized (signal) {
            wake = true;
            signal.notifyAll();
        }
    }

    /** Sleeps until a push hands operations over or a reader waits; now and then looks for other nodes' work. */
    private void waitForWork() {
        while (running) {
            synchronized (signal) {
                if (!wake) {
                    try {
                        signal.wait(IDLE_CHECK_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        running = false;
                        return;
                    }
                }
                if (wake) {
                    wake = false;
                    return;
                }
            }
            if (db.read(log::committedHead) > foldedThrough) {
                return;
            }
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
