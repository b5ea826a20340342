package com.handover.server.store;

import java.sql.SQLException;

/** The two databases the server runs on, and the few places where their SQL differs. */
public enum Dialect {
    SQLITE("db/migration/sqlite"),
    POSTGRES("db/migration/postgresql");

    /** SQLite's primary result codes for data it refuses (sqlite.org/rescode.html). */
    private static final int SQLITE_TOOBIG = 18;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_MISMATCH = 20;

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    public String migrationLocation() {
        return "classpath:" + migrations;
    }

    /**
     * Locks the log head row until the transaction ends and returns the last position given out. Holding it
     * from before an operation is inserted until commit makes positions commit in order: a reader never
     * sees position n+1 before n.
     */
    public String lockLogHeadSql() {
        return this == POSTGRES
                ? "SELECT last_position FROM log_head WHERE id = 1 FOR UPDATE"
                // SQLite has no row locks: writing the row takes the database's write lock at once.
                : "UPDATE log_head SET last_position = last_position WHERE id = 1 RETURNING last_position";
    }

    /**
     * Locks the state tables' fold mark until the transaction ends and returns it, so that two server nodes never
     * fold the same operations at once.
     */
    public String lockFoldProgressSql() {
        return this == POSTGRES
                ? "SELECT folded_through FROM state_progress WHERE id = 1 FOR UPDATE"
                : "UPDATE state_progress SET folded_through = folded_through WHERE id = 1 RETURNING folded_through";
    }

    /**
     * Whether the database refused what a statement would have written (a constraint, a value out of range or of
     * the wrong type), which writing the same again would meet again; not a lost connection, a lock or a full disk.
     */
    public boolean refusedTheData(SQLException e) {
        if (this == POSTGRES) {
            String state = e.getSQLState();
            return state != null && (state.startsWith("22") || state.startsWith("23"));
        }
        int primaryResultCode = e.getErrorCode() & 0xff;
        return primaryResultCode == SQLITE_TOOBIG || primaryResultCode == SQLITE_CONSTRAINT
                || primaryResultCode == SQLITE_MISMATCH;
    }

    /** An insert that does nothing when the key exists. */
    public String insertIgnore(String table, String columns, String placeholders, String conflictColumns) {
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + placeholders + ") ON CONFLICT ("
                + conflictColumns + ") DO NOTHING";
    }
}
