package com.handover.server.sync;

import com.handover.model.sync.Operation;
import com.handover.server.auth.Principal;
import com.handover.server.auth.Scopes;
import com.handover.server.store.EntityIndex;
import com.handover.server.store.OperationLog;
import com.handover.server.store.SiteStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a push is decided against, read once for the whole batch inside its transaction: the operations already
 * stored under the batch's ids, the records its operations name, the units its new records are created on, and
 * what the pushing user may write.
 */
record PushLookups(Map<UUID, OperationLog.StoredOperation> stored, Map<UUID, EntityIndex.EntityRef> known,
                   Map<UUID, SiteStore.UnitLocation> units, Scopes.PushScope scope) {

    static PushLookups read(Connection c, List<PushParsed> parsed, Principal principal, OperationLog log,
                            EntityIndex entities, SiteStore sites, Scopes scopes) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        Set<UUID> entityIds = new HashSet<>();
        Set<UUID> createdUnits = new HashSet<>();
        for (PushParsed p : parsed) {
            Operation op = p.op();
            if (op != null) {
                ids.add(op.id());
                entityIds.add(op.entity());
                UUID unit = OperationFacts.createdOnUnit(op);
                if (unit != null) {
                    createdUnits.add(unit);
                }
            }
        }
        Map<UUID, EntityIndex.EntityRef> known = new HashMap<>(entities.find(c, entityIds));
        Set<UUID> units = new HashSet<>(createdUnits);
        known.values().forEach(ref -> units.add(ref.unitId()));
        return new PushLookups(log.findByIds(c, ids), known, sites.locateUnits(c, createdUnits),
                scopes.forPush(c, principal, units));
    }
}
