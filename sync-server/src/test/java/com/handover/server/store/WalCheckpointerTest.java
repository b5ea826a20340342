package com.handover.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.config.ServerConfig;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commits leave the write-ahead log to the checkpointer, which copies all of it into the database file. */
class WalCheckpointerTest {

    /** Well past SQLite's own checkpoint threshold of 1,000 pages of 4 KiB. */
    private static final int COMMITTED_BYTES = 8 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aLargeCommitStaysInTheLogUntilTheCheckpointCopiesItAll() throws Exception {
        Path file = dir.resolve("handover.db");
        try (HikariDataSource pool = pool(file)) {
            WalCheckpointer checkpointer = new WalCheckpointer(pool);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE filler (data BLOB NOT NULL)");
            }
            checkpointer.checkpoint();
            long before = Files.size(file);

            writeFiller(pool::getConnection);

            assertEquals(before, Files.size(file), "the commit copied pages into the database file itself");
            WalCheckpointer.Checkpoint done = checkpointer.checkpoint();
            assertFalse(done.blocked());
            assertTrue(done.logPages() >= COMMITTED_BYTES / 4096, "pages in the log: " + done.logPages());
            assertEquals(done.logPages(), done.copiedPages(), "a passive checkpoint with no reader copies all");
            assertTrue(Files.size(file) >= before + COMMITTED_BYTES, "database file: " + Files.size(file));
            assertEquals(COMMITTED_BYTES / 1024, rows(pool));
        }
    }

    @Test
    void theServersDatabaseCopiesTheLogOnItsOwnThread() throws Exception {
        try (Database db = Database.open(ServerConfig.embedded(dir))) {
            int autocheckpoint = db.read(c -> pragma(c, "wal_autocheckpoint"));
            assertEquals(0, autocheckpoint, "commits must not checkpoint");
            Path file = dir.resolve("handover.db");
            long before = Files.size(file);
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE filler (data BLOB NOT NULL)");
                }
                return null;
            });
            writeFiller(db.dataSource()::getConnection);

            long deadline = System.nanoTime() + 30_000_000_000L;
            while (Files.size(file) < before + COMMITTED_BYTES && System.nanoTime() < deadline) {
                Thread.sleep(WalCheckpointer.INTERVAL.toMillis());
            }
            assertTrue(Files.size(file) >= before + COMMITTED_BYTES,
                    "nothing copied the log into the database file: " + Files.size(file) + " bytes");
        }
    }

    private static HikariDataSource pool(Path file) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl("jdbc:sqlite:" + file);
        hc.addDataSourceProperty("journal_mode", "WAL");
        hc.addDataSourceProperty("synchronous", "NORMAL");
        hc.setConnectionInitSql(WalCheckpointer.CONNECTION_INIT_SQL);
        hc.setMaximumPoolSize(2);
        return new HikariDataSource(hc);
    }

    @FunctionalInterface
    private interface Connections {
        Connection open() throws SQLException;
    }

    private static void writeFiller(Connections pool) throws SQLException {
        byte[] row = new byte[1024];
        Random random = new Random(7);
        try (Connection c = pool.open()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO filler (data) VALUES (?)")) {
                for (int i = 0; i < COMMITTED_BYTES / row.length; i++) {
                    random.nextBytes(row);
                    ps.setBytes(1, row);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private static int rows(HikariDataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM filler")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
