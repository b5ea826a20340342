package com.handover.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.store.sqlite.SqliteDatabase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replica written by an older app version is brought up to the current schema on open, its data kept. */
class SqliteMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneReplicaGainsTheRejectedIndexAndKeepsItsRows() throws Exception {
        Path file = dir.resolve("replica.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            String script;
            try (InputStream in = SqliteDatabase.class.getResourceAsStream("schema-1.sql")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String stmt : script.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                if (!stmt.isBlank()) {
                    s.execute(stmt);
                }
            }
            s.execute("PRAGMA user_version=1");
            s.execute("INSERT INTO settings (key, value) VALUES ('kept', 'yes')");
        }
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            int version = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                    return rs.getInt(1);
                }
            });
            assertEquals(2, version);
            boolean indexed = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'operations_rejected'")) {
                    return rs.getInt(1) == 1;
                }
            });
            assertTrue(indexed);
            String kept = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT value FROM settings WHERE key = 'kept'")) {
                    return rs.getString(1);
                }
            });
            assertEquals("yes", kept);
        }
    }
}
