package com.handover.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.store.sqlite.SqliteDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk transaction (a snapshot's install) writes its rows straight into the database file under a rollback
 * journal, is all or nothing like any other, and leaves the replica in write-ahead-log mode.
 */
class BulkTransactionTest {

    private static final int ROWS = 128;
    private static final int ROW_BYTES = 64 * 1024;

    @TempDir
    Path dir;

    @Test
    void theRowsGoIntoTheFileWithoutPassingThroughTheLog() throws Exception {
        Path file = dir.resolve("replica.db");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            createTable(db);
            db.inBulkTransaction(c -> insertBlobs(c, ROWS));

            assertEquals("wal", journalMode(db), "back in write-ahead-log mode");
            assertEquals(ROWS, countFromAnotherConnection(file));
            assertTrue(Files.size(file) >= (long) ROWS * ROW_BYTES, "the rows are in the database file");
            assertTrue(logBytes(file) < ROWS * ROW_BYTES / 8, "the rows did not pass through the log: "
                    + logBytes(file) + " bytes in it");

            db.inTransaction(c -> insertBlobs(c, 1));
            assertEquals(ROWS + 1, countFromAnotherConnection(file), "later transactions go on as before");
        }
    }

    @Test
    void aBulkTransactionThatFailsStoresNothing() throws Exception {
        Path file = dir.resolve("replica.db");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            createTable(db);
            assertThrows(IllegalStateException.class, () -> db.inBulkTransaction(c -> {
                insertBlobs(c, ROWS);
                throw new IllegalStateException("the snapshot was cut short");
            }));

            assertEquals(0, countFromAnotherConnection(file));
            assertEquals("wal", journalMode(db));
        }
    }

    /**
     * The files as the disk holds them when the app is killed before the commit, copied in the middle of it: with a
     * small page cache the transaction has already overwritten committed rows in the file, and only the journal
     * can put them back.
     */
    @Test
    void aBulkTransactionCutByAKilledAppIsRolledBackWhenTheReplicaIsNextOpened() throws Exception {
        Path file = dir.resolve("replica.db");
        Path killed = dir.resolve("killed.db");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            createTable(db);
            db.inTransaction(c -> insertZeros(c, 32));
            db.inBulkTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA cache_size=16");
                    s.executeUpdate("UPDATE blobs SET data = randomblob(" + ROW_BYTES + ")");
                }
                insertBlobs(c, ROWS);
                copy(file, killed, "");
                copy(file, killed, "-journal");
                return null;
            });
        }
        try (SqliteDatabase reopened = SqliteDatabase.open(killed)) {
            assertEquals(32, countFromAnotherConnection(killed), "the journal rolled the cut transaction back");
            assertEquals(32, count(reopened, "SELECT count(*) FROM blobs WHERE data = zeroblob(" + ROW_BYTES + ")"),
                    "the committed rows are as they were");
            assertEquals("wal", journalMode(reopened));
        }
    }

    @Test
    void whileAnotherConnectionReadsTheFileTheTransactionRunsInTheLog() throws Exception {
        Path file = dir.resolve("replica.db");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            createTable(db);
            try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                reader.setAutoCommit(false);
                try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM blobs")) {
                    rs.next(); // a read transaction is open on the file
                    db.inBulkTransaction(c -> insertBlobs(c, ROWS));
                }
                reader.rollback();
            }
            assertEquals(ROWS, countFromAnotherConnection(file));
            assertEquals("wal", journalMode(db));
            assertTrue(logBytes(file) >= (long) ROWS * ROW_BYTES, "the rows went through the log");
        }
    }

    private static void createTable(SqliteDatabase db) {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE blobs (data BLOB NOT NULL)");
            }
            return null;
        });
    }

    private static Void insertBlobs(Connection c, int rows) throws SQLException {
        return insert(c, rows, "randomblob");
    }

    private static Void insertZeros(Connection c, int rows) throws SQLException {
        return insert(c, rows, "zeroblob");
    }

    /** {@code rows} rows of {@link #ROW_BYTES} bytes each, made by the SQL function {@code blobFunction}. */
    private static Void insert(Connection c, int rows, String blobFunction) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO blobs (data) SELECT " + blobFunction + "(" + ROW_BYTES + ") FROM"
                    + " (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows + ")"
                    + " SELECT i FROM n)");
        }
        return null;
    }

    private static int count(SqliteDatabase db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.getInt(1);
            }
        });
    }

    private static String journalMode(SqliteDatabase db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                return rs.getString(1);
            }
        });
    }

    private static void copy(Path file, Path to, String suffix) {
        try {
            Files.copy(file.resolveSibling(file.getFileName() + suffix), to.resolveSibling(to.getFileName() + suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long logBytes(Path file) throws Exception {
        Path log = file.resolveSibling(file.getFileName() + "-wal");
        return Files.exists(log) ? Files.size(log) : 0;
    }

    private static int countFromAnotherConnection(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM blobs")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
