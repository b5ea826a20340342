package com.handover.server.clock;

import com.handover.model.site.HandoverDate;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads what a unit's handover date (交付之日) is made of, in the project's time zone, and applies the one rule
 * ({@link HandoverDate}): the first signed inspection the owner accepted, or a recorded 视同交付.
 * This is a read model over {@code inspections} and {@code units}.
 */
public final class HandoverDates {

    private static final String ACCEPTED = "status = 'SIGNED' AND decision IN ('ACCEPT', 'ACCEPT_WITH_DEFECTS')";
    private static final String ACCEPTED_QUERY = "SELECT unit_id, MIN(project_id), MIN(signed_at_ms) FROM inspections"
            + " WHERE " + ACCEPTED;
    private static final String DEEMED_QUERY = "SELECT id, project_id, deemed_handover FROM units"
            + " WHERE deemed_handover IS NOT NULL";

    private final ZoneId zone;

    public HandoverDates(ZoneId zone) {
        this.zone = zone;
    }

    /** Every handed-over unit with its handover date and project. */
    public Map<UUID, Handover> all(Connection c) throws SQLException {
        Map<UUID, Handover> accepted = new HashMap<>();
        Sql.query(c, ACCEPTED_QUERY + " GROUP BY unit_id", this::accepted).forEach(h -> accepted.put(h.unitId(), h));
        Map<UUID, Handover> deemed = new HashMap<>();
        Sql.query(c, DEEMED_QUERY, HandoverDates::deemed).forEach(h -> deemed.put(h.unitId(), h));
        return merge(accepted, deemed);
    }

    /** The handover of the given units (absent: not handed over). */
    public Map<UUID, Handover> of(Connection c, Collection<UUID> unitIds) throws SQLException {
        Map<UUID, Handover> accepted = new HashMap<>();
        Map<UUID, Handover> deemed = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(unitIds)) {
            String in = " IN (" + Sql.placeholders(chunk.size()) + ")";
            Sql.query(c, ACCEPTED_QUERY + " AND unit_id" + in + " GROUP BY unit_id", this::accepted, chunk.toArray())
                    .forEach(h -> accepted.put(h.unitId(), h));
            Sql.query(c, DEEMED_QUERY + " AND id" + in, HandoverDates::deemed, chunk.toArray())
                    .forEach(h -> deemed.put(h.unitId(), h));
        }
        return merge(accepted, deemed);
    }

    /** One unit's handover date, if it was handed over. */
    public Optional<LocalDate> of(Connection c, UUID unitId) throws SQLException {
        return Optional.ofNullable(of(c, List.of(unitId)).get(unitId)).map(Handover::date);
    }

    /** The day the owner accepted the unit at a signed inspection, if they did. */
    public Optional<LocalDate> acceptedOn(Connection c, UUID unitId) throws SQLException {
        return Sql.queryOne(c, ACCEPTED_QUERY + " AND unit_id = ? GROUP BY unit_id", this::accepted, unitId)
                .map(Handover::date);
    }

    /** The notified date of a recorded 视同交付, if one is recorded. */
    public Optional<LocalDate> deemedFrom(Connection c, UUID unitId) throws SQLException {
        return Sql.queryOne(c, DEEMED_QUERY + " AND id = ?", HandoverDates::deemed, unitId).map(Handover::date);
    }

    private static Map<UUID, Handover> merge(Map<UUID, Handover> accepted, Map<UUID, Handover> deemed) {
        Map<UUID, Handover> out = new HashMap<>(accepted);
        deemed.forEach((unit, d) -> {
            Handover a = accepted.get(unit);
            LocalDate day = HandoverDate.of(Optional.ofNullable(a).map(Handover::date), Optional.of(d.date())).orElseThrow();
            out.put(unit, new Handover(unit, d.projectId(), day));
        });
        return out;
    }

    private Handover accepted(ResultSet rs) throws SQLException {
        return new Handover(Sql.uuid(rs, "unit_id"), UUID.fromString(rs.getString(2)),
                Instant.ofEpochMilli(rs.getLong(3)).atZone(zone).toLocalDate());
    }

    private static Handover deemed(ResultSet rs) throws SQLException {
        return new Handover(Sql.uuid(rs, "id"), Sql.uuid(rs, "project_id"), LocalDate.parse(rs.getString(3)));
    }

    public record Handover(UUID unitId, UUID projectId, LocalDate date) {
    }
}
