package com.handover.server.clock;

import com.handover.server.store.Dialect;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The clock job's bookkeeping: the deadline flags it raises, and the complaints still waiting for an answer. */
final class SlaFlagStore {

    /** One raised flag: what is late, of which kind, where, and when it fell due. */
    record Flag(UUID entityId, String flag, String kind, UUID unitId, UUID projectId, long dueAt) {
    }

    /** A complaint received and not yet answered. */
    record WaitingComplaint(UUID id, UUID unitId, UUID projectId, Instant receivedAt) {
    }

    private SlaFlagStore() {
    }

    static List<WaitingComplaint> waitingComplaints(Connection c) throws SQLException {
        return Sql.query(c, "SELECT id, unit_id, project_id, received_at_ms FROM complaints WHERE status = 'RECEIVED'",
                rs -> new WaitingComplaint(Sql.uuid(rs, "id"), Sql.uuid(rs, "unit_id"), Sql.uuid(rs, "project_id"),
                        Instant.ofEpochMilli(rs.getLong(4))));
    }

    /** Replaces the flags, keeping when each was first raised. Two nodes running at once both succeed. */
    static void replace(Connection c, Dialect dialect, List<Flag> flags, long now) throws SQLException {
        Map<String, Long> firstSeen = new HashMap<>();
        for (var row : Sql.query(c, "SELECT entity_id, flag, flagged_at_ms FROM sla_flags",
                rs -> Map.entry(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3)))) {
            firstSeen.put(row.getKey(), row.getValue());
        }
        Sql.update(c, "DELETE FROM sla_flags");
        Map<String, Flag> unique = flags.stream()
                .collect(Collectors.toMap(f -> f.entityId() + "/" + f.flag(), Function.identity(), (a, b) -> a));
        try (PreparedStatement ps = c.prepareStatement(dialect.insertIgnore("sla_flags",
                "entity_id, flag, entity_kind, unit_id, project_id, due_at_ms, flagged_at_ms", Sql.placeholders(7),
                "entity_id, flag"))) {
            for (var e : unique.entrySet()) {
                Flag f = e.getValue();
                Sql.bind(ps, f.entityId(), f.flag(), f.kind(), f.unitId(), f.projectId(), f.dueAt(),
                        firstSeen.getOrDefault(e.getKey(), now));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
