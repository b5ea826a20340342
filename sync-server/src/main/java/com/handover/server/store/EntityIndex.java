package com.handover.server.store;

import com.handover.model.sync.EntityKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The unit (and so the project) each record belongs to, fixed by the operation that created it. */
public interface EntityIndex {

    record EntityRef(UUID entityId, EntityKind kind, UUID unitId, UUID projectId) {
    }

    Map<UUID, EntityRef> find(Connection c, Collection<UUID> entityIds) throws SQLException;

    void insert(Connection c, List<EntityRef> refs) throws SQLException;

    /** The unit a record of this kind belongs to; empty for no id or an id no such record has. */
    default Optional<UUID> unitOf(Connection c, EntityKind kind, UUID entityId) throws SQLException {
        if (entityId == null) {
            return Optional.empty();
        }
        EntityRef ref = find(c, List.of(entityId)).get(entityId);
        return ref == null || ref.kind() != kind ? Optional.empty() : Optional.of(ref.unitId());
    }
}
