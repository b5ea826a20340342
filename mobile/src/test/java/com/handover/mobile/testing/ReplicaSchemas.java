package com.handover.mobile.testing;

import com.handover.mobile.store.sqlite.SqliteDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Replica files as an older app version left them: its schema scripts run on a bare connection. */
public final class ReplicaSchemas {

    private ReplicaSchemas() {
    }

    /** Runs {@code schema-1.sql} to {@code schema-<version>.sql} and records {@code version} as the file's. */
    public static void writeUpTo(Connection c, int version) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            for (int v = 1; v <= version; v++) {
                String script;
                try (InputStream in = SqliteDatabase.class.getResourceAsStream("schema-" + v + ".sql")) {
                    script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                for (String stmt : script.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                    if (!stmt.isBlank()) {
                        s.execute(stmt);
                    }
                }
            }
            s.execute("PRAGMA user_version=" + version);
        }
    }
}
