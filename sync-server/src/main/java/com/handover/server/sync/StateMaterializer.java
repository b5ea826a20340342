package com.handover.server.sync;

import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.Reducer;
import com.handover.server.store.Database;
import com.handover.server.store.OperationLog;
import com.handover.server.store.SiteStore;
import com.handover.server.store.StateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the state tables equal to the shared reducer's fold of the log. A push re-folds only the units it
 * touched, from all their stored operations: a unit's records (inspections and their defects, work orders,
 * complaints) fold together, so a unit is the smallest piece whose fold does not depend on anything else.
 */
public final class StateMaterializer {

    /** Units re-folded per transaction when the whole log is rebuilt. */
    static final int REBUILD_UNITS_PER_TRANSACTION = 200;

    private final OperationLog log;
    private final SiteStore sites;
    private final StateStore state;
    private final OperationCodec codec = new OperationCodec();

    public StateMaterializer(OperationLog log, SiteStore sites, StateStore state) {
        this.log = log;
        this.sites = sites;
        this.state = state;
    }

    /** Re-folds the given units inside the caller's transaction. */
    public void refold(Connection c, Collection<UUID> unitIds) throws SQLException {
        if (unitIds.isEmpty()) {
            return;
        }
        Map<UUID, UUID> projectByUnit = new HashMap<>();
        sites.locateUnits(c, unitIds).forEach((unit, loc) -> projectByUnit.put(unit, loc.projectId()));
        List<StateStore.LocatedOperation> located = new ArrayList<>();
        List<Operation> ops = new ArrayList<>();
        for (OperationLog.StoredOperation stored : log.ofUnits(c, unitIds)) {
            Operation op = codec.fromJson(stored.json());
            ops.add(op);
            located.add(new StateStore.LocatedOperation(op, stored.unitId()));
        }
        ReplicaState folded = Reducer.reduce(ops);
        state.replaceUnits(c, projectByUnit, folded.snapshot(), located);
    }

    /** Re-folds every unit that has operations, a slice of units per transaction. */
    public int rebuildAll(Database db) {
        int units = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            List<UUID> slice = db.read(c -> log.unitsWithOperations(c, from, REBUILD_UNITS_PER_TRANSACTION));
            if (slice.isEmpty()) {
                return units;
            }
            db.write(c -> {
                refold(c, slice);
                return null;
            });
            units += slice.size();
            after = slice.get(slice.size() - 1);
        }
    }
}
