package com.handover.server.clock;

import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's handover date (交付之日): the day of its first signed inspection whose owner accepted the unit
 * (ACCEPT or ACCEPT_WITH_DEFECTS), in the project's time zone. It starts the buyer's warranty.
 */
public final class HandoverDates {

    private static final String ACCEPTED = "status = 'SIGNED' AND decision IN ('ACCEPT', 'ACCEPT_WITH_DEFECTS')";

    private final ZoneId zone;

    public HandoverDates(ZoneId zone) {
        this.zone = zone;
    }

    /** Every handed-over unit with its handover date and project. */
    public Map<UUID, Handover> all(Connection c) throws SQLException {
        Map<UUID, Handover> out = new HashMap<>();
        for (Handover h : Sql.query(c, "SELECT unit_id, MIN(project_id), MIN(signed_at_ms) FROM inspections WHERE "
                + ACCEPTED + " GROUP BY unit_id", rs -> new Handover(Sql.uuid(rs, "unit_id"),
                UUID.fromString(rs.getString(2)), day(rs.getLong(3))))) {
            out.put(h.unitId(), h);
        }
        return out;
    }

    /** The handover of the given units (absent: not handed over). */
    public Map<UUID, Handover> of(Connection c, Collection<UUID> unitIds) throws SQLException {
        Map<UUID, Handover> out = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(unitIds)) {
            for (Handover h : Sql.query(c, "SELECT unit_id, MIN(project_id), MIN(signed_at_ms) FROM inspections WHERE "
                    + ACCEPTED + " AND unit_id IN (" + Sql.placeholders(chunk.size()) + ") GROUP BY unit_id",
                    rs -> new Handover(Sql.uuid(rs, "unit_id"), UUID.fromString(rs.getString(2)), day(rs.getLong(3))),
                    chunk.toArray())) {
                out.put(h.unitId(), h);
            }
        }
        return out;
    }

    private LocalDate day(long millis) {
        return Instant.ofEpochMilli(millis).atZone(zone).toLocalDate();
    }

    public record Handover(UUID unitId, UUID projectId, LocalDate date) {
    }
}
