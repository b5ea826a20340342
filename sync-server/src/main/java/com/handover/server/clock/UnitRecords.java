package com.handover.server.clock;

import com.handover.model.json.OperationCodec;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.Operation;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaState;
import com.handover.server.store.Database;
import com.handover.server.store.OperationLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The records of one unit as the shared reducer folds them from the stored log: what the server reads before
 * it writes an operation of its own, to name the operation it saw in effect ({@code prev}) as a device would.
 */
public final class UnitRecords {

    private final Database db;
    private final OperationLog log;
    private final OperationCodec codec = new OperationCodec();

    public UnitRecords(Database db, OperationLog log) {
        this.db = db;
        this.log = log;
    }

    public ReplicaState of(UUID unitId) {
        return db.read(c -> of(c, unitId));
    }

    /** The unit's records folded from its operations, read on the caller's connection. */
    public ReplicaState of(Connection c, UUID unitId) throws SQLException {
        List<Operation> ops = new ArrayList<>();
        for (OperationLog.StoredOperation stored : log.ofUnits(c, List.of(unitId))) {
            ops.add(codec.fromJson(stored.json()));
        }
        return Reducer.reduce(ops);
    }

    /** The id of the operation in effect on one field of a record, or null when none is. */
    public static UUID inEffect(ReplicaState state, EntityKind kind, UUID id, String field) {
        return state.inEffect(kind, id, field).map(Operation::id).orElse(null);
    }
}
