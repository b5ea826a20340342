package com.handover.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.store.sqlite.SqliteFoldStore;
import com.handover.mobile.store.sqlite.SqliteTemplateStore;
import com.handover.mobile.testing.ReplicaSchemas;
import com.handover.mobile.testing.TemplateRevisions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new replica is made as this version makes it; one written by an older app version is brought up to the current
 * schema on open, its data kept.
 */
class SqliteMigrationTest {

    private static final int CURRENT = 6;

    @TempDir
    Path dir;

    @Test
    void aVersionOneReplicaGainsTheRejectedIndexAndKeepsItsRows() throws Exception {
        Path file = replicaAt(1);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(CURRENT, userVersion(db));
            assertEquals(1, count(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                    + " AND name = 'operations_rejected'"));
            assertEquals("yes", kept(db));
        }
    }

    @Test
    void aVersionTwoReplicaGainsTheTemplateTableAndKeepsItsRows() throws Exception {
        Path file = replicaAt(2);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(CURRENT, userVersion(db));
            assertEquals(1, count(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name = 'checklist_templates'"));
            assertEquals("yes", kept(db));
            var store = new SqliteTemplateStore(db, Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneOffset.UTC));
            store.save(TemplateRevisions.finished(2));
            assertEquals(List.of(TemplateRevisions.finished(2)), store.all());
        }
        try (SqliteDatabase again = SqliteDatabase.open(file)) {
            assertEquals(CURRENT, userVersion(again));
            assertEquals(1, count(again, "SELECT count(*) FROM checklist_templates"));
        }
    }

    @Test
    void aVersionThreeReplicaLosesTheRememberedPasswordAndKeepsTheSession() throws Exception {
        Path file = replicaAt(3);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO settings (key, value) VALUES ('session.username', 'inspector1'),"
                    + " ('session.role', 'INSPECTOR'), ('session.token', 't'), ('session.password', 'hunter2-secret')");
        }
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(CURRENT, userVersion(db));
            assertEquals(0, count(db, "SELECT count(*) FROM settings WHERE key = 'session.password'"));
            var session = new com.handover.mobile.store.sqlite.SqliteSessionStore(db).load().orElseThrow();
            assertEquals("inspector1", session.username());
            assertEquals("t", session.token());
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        assertEquals(-1, new String(bytes, StandardCharsets.ISO_8859_1).indexOf("hunter2-secret"),
                "the password's bytes are overwritten, not just unlinked");
    }

    @Test
    void aVersionFourReplicaGainsTheFoldTableWithNoFoldsSoItsLogIsFoldedOnOpening() throws Exception {
        Path file = replicaAt(4);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(CURRENT, userVersion(db));
            assertEquals(0, count(db, "SELECT count(*) FROM fold_records"));
            assertEquals(Optional.empty(), new SqliteFoldStore(db).load());
            assertEquals("yes", kept(db));
        }
    }

    @Test
    void aVersionFiveReplicaKeepsItsOperationsOutboxAndNumberingWhenItsOperationsTableIsMadeAnew() throws Exception {
        Path file = replicaAt(5);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO operations (id, entity, type, hlc, json, origin, sync_status, server_position)"
                    + " VALUES ('op-1', 'rec-1', 'inspection.create', 'h1', '{}', 'PULLED', 'SYNCED', 7),"
                    + " ('op-2', 'rec-1', 'inspection.item_result', 'h2', '{}', 'LOCAL', 'PENDING', NULL),"
                    + " ('op-3', 'rec-1', 'inspection.item_result', 'h3', '{}', 'LOCAL', 'PENDING', NULL)");
            s.execute("INSERT INTO outbox (op_seq, op_id, attempts) VALUES (2, 'op-2', 3)");
            // Numbers up to 9 were handed out though the rows end at 3: a number once handed out never comes back.
            s.execute("UPDATE sqlite_sequence SET seq = 9 WHERE name = 'operations'");
        }
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(CURRENT, userVersion(db));
            assertEquals("op-1 PULLED SYNCED 7|op-2 LOCAL PENDING null|op-3 LOCAL PENDING null", text(db,
                    "SELECT group_concat(id || ' ' || origin || ' ' || sync_status || ' '"
                            + " || coalesce(server_position, 'null'), '|') FROM (SELECT * FROM operations ORDER BY seq)"));
            assertEquals("2 op-2 3", text(db, "SELECT op_seq || ' ' || op_id || ' ' || attempts FROM outbox"));
            assertEquals(2, count(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                    + " AND name IN ('operations_entity', 'operations_rejected')"));
            assertEquals(0, count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'operations_new'"));
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO operations (id, entity, type, hlc, json, origin, sync_status)"
                            + " VALUES ('op-4', 'rec-1', 'inspection.item_result', 'h4', '{}', 'LOCAL', 'PENDING')");
                }
                return null;
            });
            assertEquals(10, count(db, "SELECT seq FROM operations WHERE id = 'op-4'"));
            assertEquals("yes", kept(db));
        }
    }

    @Test
    void theOperationsTableStillRefusesAnOriginOrStatusItDoesNotKnow() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("new.db"))) {
            for (String values : List.of("'FOUND', 'SYNCED'", "'PULLED', 'LOST'", "'pulled', 'SYNCED'")) {
                var refused = assertThrows(StoreException.class,
                        () -> db.inTransaction(c -> {
                            try (Statement s = c.createStatement()) {
                                s.execute("INSERT INTO operations (id, entity, type, hlc, json, origin, sync_status)"
                                        + " VALUES ('op', 'rec', 'inspection.create', 'h', '{}', " + values + ")");
                            }
                            return null;
                        }));
                assertTrue(refused.getCause().getMessage().contains("CHECK constraint failed"), values);
            }
            assertEquals(0, count(db, "SELECT count(*) FROM operations"));
        }
    }

    @Test
    void aNewReplicaIsMadeWithLargePagesInWriteAheadLogMode() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("new.db"))) {
            assertEquals(16 * 1024, count(db, "PRAGMA page_size"));
            assertEquals("wal", text(db, "PRAGMA journal_mode"));
        }
    }

    @Test
    void anOlderReplicaKeepsThePageSizeItWasMadeWith() throws Exception {
        Path file = replicaAt(4);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            assertEquals(4096, count(db, "PRAGMA page_size"));
            assertEquals(CURRENT, userVersion(db));
            assertEquals("yes", kept(db));
        }
    }

    /** A replica file as app version {@code version} left it, with one settings row. */
    private Path replicaAt(int version) throws Exception {
        Path file = dir.resolve("replica.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            ReplicaSchemas.writeUpTo(c, version);
            s.execute("INSERT INTO settings (key, value) VALUES ('kept', 'yes')");
        }
        return file;
    }

    private static int userVersion(SqliteDatabase db) {
        return count(db, "PRAGMA user_version");
    }

    private static int count(SqliteDatabase db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.getInt(1);
            }
        });
    }

    private static String kept(SqliteDatabase db) {
        return text(db, "SELECT value FROM settings WHERE key = 'kept'");
    }

    private static String text(SqliteDatabase db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.getString(1);
            }
        });
    }
}
