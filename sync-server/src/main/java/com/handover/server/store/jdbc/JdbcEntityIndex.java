package com.handover.server.store.jdbc;

import com.handover.model.sync.EntityKind;
import com.handover.server.store.EntityIndex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class JdbcEntityIndex implements EntityIndex {

    @Override
    public Map<UUID, EntityRef> find(Connection c, Collection<UUID> entityIds) throws SQLException {
        Map<UUID, EntityRef> out = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(entityIds)) {
            for (EntityRef ref : Sql.query(c, "SELECT entity_id, entity_kind, unit_id, project_id FROM entities"
                    + " WHERE entity_id IN (" + Sql.placeholders(chunk.size()) + ")", rs -> new EntityRef(
                    Sql.uuid(rs, "entity_id"), EntityKind.valueOf(rs.getString(2)), Sql.uuid(rs, "unit_id"),
                    Sql.uuid(rs, "project_id")), chunk.toArray())) {
                out.put(ref.entityId(), ref);
            }
        }
        return out;
    }

    @Override
    public void insert(Connection c, List<EntityRef> refs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entities (entity_id, entity_kind, unit_id, project_id) VALUES (?, ?, ?, ?)")) {
            for (EntityRef r : refs) {
                Sql.bind(ps, r.entityId(), r.kind(), r.unitId(), r.projectId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
