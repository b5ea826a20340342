package com.handover.server.office.verify;

import com.handover.server.store.Dialect;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The table of verification codes: one code per signed inspection, never replaced. */
final class VerificationLinkStore {

    private final Dialect dialect;

    VerificationLinkStore(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Adds the code unless the inspection has one already (the earlier one stays). */
    void addIfNone(Connection c, String code, UUID inspectionId, long now) throws SQLException {
        Sql.update(c, dialect.insertIgnore("verification_links", "code, inspection_id, created_at", "?, ?, ?",
                "inspection_id"), code, inspectionId, now);
    }

    Optional<String> codeOf(Connection c, UUID inspectionId) throws SQLException {
        return Sql.queryOne(c, "SELECT code FROM verification_links WHERE inspection_id = ?", rs -> rs.getString(1),
                inspectionId);
    }

    Optional<UUID> inspectionOf(Connection c, String code) throws SQLException {
        return Sql.queryOne(c, "SELECT inspection_id FROM verification_links WHERE code = ?",
                rs -> Sql.uuid(rs, "inspection_id"), code);
    }
}
