package com.handover.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies SQLite's write-ahead log into the database file on a thread of its own.
 *
 * <p>Left to itself, SQLite checkpoints inside the commit that takes the log past 1,000 pages: that commit copies
 * the pages and syncs both files before the push that made it can answer, a third of a large push's time. Every
 * pooled connection therefore turns automatic checkpoints off ({@link #CONNECTION_INIT_SQL}) and this thread
 * checkpoints instead, in PASSIVE mode, which never waits for or blocks a writer or a reader. A commit is in the
 * log either way; the log only grows by what is written between two checkpoints, and SQLite writes it from the
 * start again once a checkpoint has copied all of it.
 */
final class WalCheckpointer implements AutoCloseable {

    /** Run on every pooled connection: commits append to the log and never checkpoint. */
    static final String CONNECTION_INIT_SQL = "PRAGMA wal_autocheckpoint=0";

    /** Time between the end of one checkpoint and the start of the next. */
    static final Duration INTERVAL = Duration.ofMillis(200);

    /** What one checkpoint did: the log's length and how much of it is now in the database file, in pages. */
    record Checkpoint(boolean blocked, int logPages, int copiedPages) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);

    private final DataSource pool;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "handover-sqlite:checkpoint");
        t.setDaemon(true);
        return t;
    });

    WalCheckpointer(DataSource pool) {
        this.pool = pool;
    }

    void start() {
        thread.scheduleWithFixedDelay(this::checkpointQuietly, INTERVAL.toMillis(), INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Copies what it can of the log into the database file now, on the caller's thread. */
    Checkpoint checkpoint() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            rs.next();
            return new Checkpoint(rs.getInt(1) != 0, rs.getInt(2), rs.getInt(3));
        }
    }

    private void checkpointQuietly() {
        try {
            checkpoint();
        } catch (SQLException | RuntimeException e) {
            // The next run tries again; the log keeps every commit meanwhile.
            LOG.warn("copying the write-ahead log into the database file failed: {}", e.getMessage());
        }
    }

    /** Stops the thread, waiting for a checkpoint under way; closing the last connection then checkpoints. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
