package com.handover.server.office.query;

import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** "2号楼 2-1203" for unit ids, for lists that name units. */
public final class UnitLabels {

    private UnitLabels() {
    }

    public static Map<UUID, String> of(Connection c, Collection<UUID> unitIds) throws SQLException {
        Map<UUID, String> out = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(new HashSet<>(unitIds))) {
            for (var row : Sql.query(c, "SELECT u.id, b.name, u.number FROM units u JOIN buildings b ON b.id = u.building_id"
                    + " WHERE u.id IN (" + Sql.placeholders(chunk.size()) + ")",
                    rs -> Map.entry(Sql.uuid(rs, "id"), rs.getString(2) + " " + rs.getString(3)), chunk.toArray())) {
                out.put(row.getKey(), row.getValue());
            }
        }
        return out;
    }
}
