package com.handover.server.testing;

import com.handover.server.Components;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The materialised state tables, read whole for comparison, and emptied to rebuild them from the log. */
public final class StateTables {

    public static final List<String> NAMES =
            List.of("inspections", "defects", "work_orders", "complaints", "conflicts", "op_outcomes");

    private StateTables() {
    }

    /** Every row of every state table, as sorted text, once they have folded everything the log holds now. */
    public static Map<String, List<String>> dump(Components c) {
        if (!c.stateFolder().awaitCaughtUp(30_000)) {
            throw new AssertionError("the state tables did not catch up with the log in 30 s");
        }
        return c.db().read(conn -> {
            Map<String, List<String>> out = new TreeMap<>();
            for (String table : NAMES) {
                out.put(table, rows(conn, table));
            }
            return out;
        });
    }

    /** Empties the state tables and folds the whole log again. */
    public static void rebuild(Components c) {
        c.db().write(conn -> {
            for (String t : NAMES) {
                Sql.update(conn, "DELETE FROM " + t);
            }
            return null;
        });
        c.stateFolder().rebuildAll();
    }

    private static List<String> rows(Connection conn, String table) throws SQLException {
        try (var st = conn.createStatement(); var rs = st.executeQuery("SELECT * FROM " + table)) {
            List<String> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(rs.getMetaData().getColumnName(i).toLowerCase()).append('=').append(rs.getString(i))
                            .append(';');
                }
                out.add(sb.toString());
            }
            out.sort(String::compareTo);
            return out;
        }
    }
}
