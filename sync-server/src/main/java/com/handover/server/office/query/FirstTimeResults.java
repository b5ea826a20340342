package com.handover.server.office.query;

import com.handover.model.ItemResult;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.ItemEntry;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings of each unit's first signed handover inspection, for first-time pass rates. A signed
 * inspection's findings are frozen, so each is read (and its state JSON parsed) once per content hash and kept
 * in memory; a page view reads only the few rows that are new.
 */
public final class FirstTimeResults {

    /** The item codes one inspection answered, and those that failed (in any room). */
    public record Findings(UUID inspectionId, UUID unitId, String templateCode, int templateVersion,
                           Set<String> answered, Set<String> failed) {
        public boolean passed() {
            return failed.isEmpty();
        }
    }

    private record Key(UUID id, String hash) {
    }

    private final Map<Key, Findings> cache = new ConcurrentHashMap<>();

    /** The first signed handover inspection of every unit that has one. */
    public List<Findings> all(Connection c) throws SQLException {
        record Row(UUID id, UUID unit, String hash, long signedAt) {
        }
        Map<UUID, Row> firstByUnit = new HashMap<>();
        for (Row r : Sql.query(c, "SELECT id, unit_id, content_hash, signed_at_ms FROM inspections"
                + " WHERE kind = 'HANDOVER' AND status = 'SIGNED'", rs -> new Row(Sql.uuid(rs, "id"),
                Sql.uuid(rs, "unit_id"), rs.getString(3), rs.getLong(4)))) {
            Row best = firstByUnit.get(r.unit());
            if (best == null || r.signedAt() < best.signedAt()) {
                firstByUnit.put(r.unit(), r);
            }
        }
        List<UUID> toRead = new ArrayList<>();
        for (Row r : firstByUnit.values()) {
            if (!cache.containsKey(new Key(r.id(), r.hash()))) {
                toRead.add(r.id());
            }
        }
        for (List<UUID> chunk : Sql.chunks(toRead)) {
            for (var row : Sql.query(c, "SELECT content_hash, state_json FROM inspections WHERE id IN ("
                    + Sql.placeholders(chunk.size()) + ")", rs -> Map.entry(String.valueOf(rs.getString(1)),
                    Json.read(rs.getString(2), InspectionState.class)), chunk.toArray())) {
                InspectionState s = row.getValue();
                cache.put(new Key(s.id(), row.getKey()), findings(s));
            }
        }
        List<Findings> out = new ArrayList<>(firstByUnit.size());
        for (Row r : firstByUnit.values()) {
            Findings f = cache.get(new Key(r.id(), r.hash()));
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    static Findings findings(InspectionState s) {
        Set<String> answered = new HashSet<>();
        Set<String> failed = new HashSet<>();
        for (ItemEntry e : s.items().values()) {
            if (e.result() == ItemResult.PASS || e.result() == ItemResult.FAIL) {
                answered.add(e.itemCode().intern());
            }
            if (e.result() == ItemResult.FAIL) {
                failed.add(e.itemCode().intern());
            }
        }
        return new Findings(s.id(), s.unitId(), s.templateCode(), s.templateVersion(), Set.copyOf(answered),
                Set.copyOf(failed));
    }
}
