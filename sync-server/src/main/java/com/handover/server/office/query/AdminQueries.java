package com.handover.server.office.query;

import com.handover.model.Role;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Accounts, the projects and buildings assigned to them, and device tokens, for the admin page. */
public final class AdminQueries {

    /** Most tokens listed. */
    public static final int MAX_TOKENS = 500;

    public record UserRow(String username, String displayName, Role role, boolean disabled, long createdAt) {
    }

    /** A project assigned whole ({@code buildingId} null), or one building of it. */
    public record Assignment(String username, UUID projectId, String projectName, UUID buildingId,
                             String buildingName) {

        /** The form value that names what is assigned: {@code project:<id>} or {@code building:<id>}. */
        public String target() {
            return buildingId == null ? "project:" + projectId : "building:" + buildingId;
        }
    }

    public record TokenRow(String tokenHash, String username, String deviceId, String deviceName, long issuedAt,
                           long expiresAt) {
        public String shortHash() {
            return tokenHash.substring(0, 8);
        }
    }

    public List<UserRow> users(Connection c) throws SQLException {
        return Sql.query(c, "SELECT username, display_name, role, disabled, created_at FROM users ORDER BY username",
                rs -> new UserRow(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getInt(4) != 0,
                        rs.getLong(5)));
    }

    public List<Assignment> assignments(Connection c) throws SQLException {
        return Sql.query(c, "SELECT * FROM (SELECT a.username, a.project_id, p.name AS project_name,"
                + " NULL AS building_id, NULL AS building_name FROM project_assignments a"
                + " JOIN projects p ON p.id = a.project_id"
                + " UNION ALL SELECT a.username, b.project_id, p.name, b.id, b.name FROM building_assignments a"
                + " JOIN buildings b ON b.id = a.building_id JOIN projects p ON p.id = b.project_id) x"
                + " ORDER BY username, project_name, COALESCE(building_name, '')",
                rs -> new Assignment(rs.getString(1), Sql.uuid(rs, "project_id"), rs.getString(3),
                        Sql.uuid(rs, "building_id"), rs.getString(5)));
    }

    /** Tokens that still work: not revoked, not expired. */
    public List<TokenRow> liveTokens(Connection c, long now) throws SQLException {
        return Sql.query(c, "SELECT t.token_hash, t.username, t.device_id, d.device_name, t.issued_at, t.expires_at"
                + " FROM tokens t LEFT JOIN devices d ON d.device_id = t.device_id WHERE t.revoked_at IS NULL"
                + " AND t.expires_at > ? ORDER BY t.issued_at DESC LIMIT ?", rs -> new TokenRow(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6)), now, MAX_TOKENS);
    }

    public boolean userExists(Connection c, String username) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM users WHERE username = ?", username) > 0;
    }
}
