package com.handover.server.office.verify;

import com.handover.model.json.OperationCodec;
import com.handover.model.json.OperationFormatException;
import com.handover.model.signoff.SignOffVerification;
import com.handover.model.signoff.SignOffVerifier;
import com.handover.model.sync.Operation;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.SignOff;
import com.handover.server.store.OperationLog;
import com.handover.server.store.ReadModel;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Recomputes a handover sign-off's content hash from the operation log as it is stored now (not from the
 * materialised tables, which are derived from it), with the shared {@link SignOffVerifier}. A covered operation
 * whose stored JSON no longer reads as an operation counts as changed; one that is gone makes the record
 * incomplete.
 */
@ReadModel
public final class RecordVerifier {

    private final OperationLog log;
    private final OperationCodec codec = new OperationCodec();

    public RecordVerifier(OperationLog log) {
        this.log = log;
    }

    public RecordCheck verify(Connection c, UUID inspectionId) throws SQLException {
        List<Operation> ops = new ArrayList<>();
        boolean anyUnreadable = false;
        // A record's operations are all on its unit: read through the unit's index, the log keeps none by record.
        for (String json : Sql.query(c, "SELECT op_json FROM operations WHERE unit_id = (SELECT unit_id FROM entities"
                + " WHERE entity_id = ?) AND entity_id = ? ORDER BY position", rs -> rs.getString(1), inspectionId,
                inspectionId)) {
            try {
                ops.add(codec.fromJson(json));
            } catch (OperationFormatException e) {
                anyUnreadable = true;
            }
        }
        InspectionState state = Reducer.reduce(ops).inspections().get(inspectionId);
        SignOff signOff = state == null ? null : state.signOff();
        if (signOff == null) {
            boolean materialisedAsSigned = Sql.count(c, "SELECT COUNT(*) FROM inspections WHERE id = ? AND status = 'SIGNED'",
                    inspectionId) > 0;
            if (materialisedAsSigned || anyUnreadable) {
                // The log no longer shows the sign-off the server once recorded.
                String hash = Sql.queryOne(c, "SELECT content_hash FROM inspections WHERE id = ?", rs -> rs.getString(1),
                        inspectionId).orElse(null);
                return new RecordCheck(RecordCheck.Status.CHANGED, hash, null, List.of(), List.of(), 0);
            }
            return RecordCheck.notSigned();
        }
        Map<UUID, OperationLog.StoredOperation> stored = log.findByIds(c, signOff.coveredOperations());
        Map<UUID, Operation> covered = new HashMap<>();
        List<UUID> unreadable = new ArrayList<>();
        for (var e : stored.entrySet()) {
            try {
                covered.put(e.getKey(), codec.fromJson(e.getValue().json()));
            } catch (OperationFormatException ex) {
                unreadable.add(e.getKey());
            }
        }
        long signedAt = signOff.at().wallMillis();
        if (!unreadable.isEmpty()) {
            return new RecordCheck(RecordCheck.Status.CHANGED, signOff.contentHash(), null, List.of(), unreadable, signedAt);
        }
        SignOffVerification v = SignOffVerifier.verify(inspectionId, signOff, id -> Optional.ofNullable(covered.get(id)));
        RecordCheck.Status status = switch (v.status()) {
            case UNCHANGED -> RecordCheck.Status.UNCHANGED;
            case CHANGED -> RecordCheck.Status.CHANGED;
            case INCOMPLETE -> RecordCheck.Status.INCOMPLETE;
        };
        return new RecordCheck(status, v.signedHash(), v.recomputedHash(), v.missing(), List.of(), signedAt);
    }

    /** Where the inspection was: its project's name, its building's name and its unit's number. */
    public String[] place(Connection c, UUID inspectionId) throws SQLException {
        return Sql.queryOne(c, "SELECT p.name, b.name, u.number FROM inspections i JOIN units u ON u.id = i.unit_id"
                + " JOIN buildings b ON b.id = u.building_id JOIN projects p ON p.id = u.project_id WHERE i.id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, inspectionId).orElseThrow();
    }
}
