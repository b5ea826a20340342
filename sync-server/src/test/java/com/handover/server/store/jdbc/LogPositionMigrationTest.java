package com.handover.server.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.config.ServerConfig;
import com.handover.server.store.Database;
import com.handover.server.store.Dialect;
import com.handover.server.store.ScopeFilter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite log keeps its position as the table's row key (migration V407): a server updated from a log whose
 * position was a column of its own keeps every operation as it was, and reads a scope's page through its indexes.
 */
class LogPositionMigrationTest {

    private static final String PROJECT = "5b0a4c52-8f0e-4a43-9d53-1c55a7d1e001";
    private static final String UNIT_A = "5b0a4c52-8f0e-4a43-9d53-1c55a7d1e0a1";
    private static final String UNIT_B = "5b0a4c52-8f0e-4a43-9d53-1c55a7d1e0b2";

    @TempDir
    Path dir;

    @Test
    void anUpdatedLogKeepsEveryOperationAndItsPositionBecomesTheRowKey() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("handover.db");
        Flyway.configure().dataSource(url, null, null).locations(Dialect.SQLITE.migrationLocation()).target("406")
                .load().migrate();
        List<String> before;
        try (Connection c = DriverManager.getConnection(url)) {
            insert(c, 3, "0190f000-0000-7000-8000-000000000003", UNIT_A, "{\"n\":3}");
            insert(c, 7, "0190f000-0000-7000-8000-000000000007", UNIT_B, "{\"n\":7,\"note\":\"客厅墙面空鼓\"}");
            insert(c, 12, "0190f000-0000-7000-8000-000000000012", UNIT_A, "{\"n\":12}");
            before = rows(c);
        }

        try (Database db = Database.open(ServerConfig.embedded(dir))) {
            db.read(c -> {
                assertEquals(before, rows(c), "every operation, every column, as it was");
                assertEquals(List.of(3L, 7L, 12L), Sql.query(c, "SELECT rowid FROM operations ORDER BY rowid",
                        rs -> rs.getLong(1)), "the position is the row key");
                assertEquals(List.of("operations_project", "operations_unit", "sqlite_autoindex_operations_1"),
                        Sql.query(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'operations'"
                                + " ORDER BY name", rs -> rs.getString(1)), "op_id, unit and project: no index of positions");
                // The pull's own page query, scoped as an inspector's: projects assigned whole, or buildings.
                String plan = String.join("\n", Sql.query(c, "EXPLAIN QUERY PLAN " + JdbcOperationLog.pageSql(
                        ScopeSql.forOperations(new ScopeFilter.AssignedProjects("inspector"))), rs -> rs.getString(4),
                        0, 100, "inspector", "inspector", 10));
                assertTrue(plan.contains("operations_project (project_id=? AND rowid>? AND rowid<?)")
                        && plan.contains("operations_unit (unit_id=? AND rowid>? AND rowid<?)"), plan);
                assertEquals(List.of(3L, 12L), Sql.query(c, "SELECT position FROM operations WHERE unit_id = ?"
                        + " AND position > 0 ORDER BY position", rs -> rs.getLong(1), UNIT_A));
                return null;
            });
        }
        try (Connection c = DriverManager.getConnection(url)) {
            SQLException twice = assertThrows(SQLException.class,
                    () -> insert(c, 13, "0190f000-0000-7000-8000-000000000007", UNIT_A, "{}"));
            assertTrue(twice.getMessage().contains("UNIQUE constraint failed: operations.op_id"), twice.getMessage());
        }
    }

    private static void insert(Connection c, long position, String opId, String unit, String json)
            throws SQLException {
        Sql.update(c, "INSERT INTO operations (position, op_id, op_type, entity_kind, entity_id, unit_id, project_id,"
                + " hlc, actor, device_id, op_json, received_at) VALUES (?, ?, 'inspection.item_recorded',"
                + " 'INSPECTION', ?, ?, ?, '2026-12-01T08:00:00.000Z-0000-phone-1', '王工', 'phone-1', ?, ?)",
                position, opId, unit, unit, PROJECT, json, 1_764_576_000_000L + position);
    }

    private static List<String> rows(Connection c) throws SQLException {
        return Sql.query(c, "SELECT position, op_id, op_type, entity_kind, entity_id, unit_id, project_id, hlc, actor,"
                + " device_id, op_json, received_at FROM operations ORDER BY position", rs -> {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= 12; i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    return row.toString();
                });
    }
}
