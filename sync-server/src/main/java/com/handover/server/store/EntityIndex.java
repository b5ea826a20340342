package com.handover.server.store;

import com.handover.model.sync.EntityKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The unit (and so the project) each record belongs to, fixed by the operation that created it. */
public interface EntityIndex {

    record EntityRef(UUID entityId, EntityKind kind, UUID unitId, UUID projectId) {
    }

    Map<UUID, EntityRef> find(Connection c, Collection<UUID> entityIds) throws SQLException;

    void insert(Connection c, List<EntityRef> refs) throws SQLException;
}
