package com.handover.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.handover.mobile.store.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server holds too (a pulled page, push confirmations) commits without waiting for the disk; everything
 * else, above all an operation the user recorded, still waits for it: SQLite's {@code synchronous} is FULL (2)
 * again after every such transaction, and a rollback journal never commits without waiting.
 */
class RefetchableTransactionTest {

    private static final int NORMAL = 1;
    private static final int FULL = 2;

    @TempDir
    Path dir;

    @Test
    void aRefetchableCommitDoesNotWaitAndTheNextRecordedOneDoes() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("replica.db"))) {
            createTable(db);

            assertEquals(NORMAL, (int) db.inRefetchableTransaction(c -> insertAndReadSynchronous(c)));
            assertEquals(FULL, (int) db.inTransaction(c -> insertAndReadSynchronous(c)), "a recorded operation waits");
            assertEquals(2, count(db));
        }
    }

    @Test
    void aRefetchableTransactionThatFailsStoresNothingAndLeavesCommitsWaiting() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("replica.db"))) {
            createTable(db);

            assertThrows(IllegalStateException.class, () -> db.inRefetchableTransaction(c -> {
                insertAndReadSynchronous(c);
                throw new IllegalStateException("the pulled page was cut short");
            }));

            assertEquals(0, count(db));
            assertEquals(FULL, (int) db.inTransaction(c -> insertAndReadSynchronous(c)));
        }
    }

    /** SQLite's write-ahead log keeps commits in order; a rollback journal does not, so there every commit waits. */
    @Test
    void underARollbackJournalARefetchableCommitWaitsToo() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("replica.db"))) {
            createTable(db);
            db.read(c -> execute(c, "PRAGMA journal_mode=DELETE"));

            assertEquals(FULL, (int) db.inRefetchableTransaction(c -> insertAndReadSynchronous(c)));
        }
    }

    private static void createTable(SqliteDatabase db) {
        db.inTransaction(c -> execute(c, "CREATE TABLE pulled (id INTEGER PRIMARY KEY)"));
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    private static int insertAndReadSynchronous(Connection c) throws SQLException {
        execute(c, "INSERT INTO pulled DEFAULT VALUES");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA synchronous")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int count(SqliteDatabase db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM pulled")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
