package com.handover.server.office.session;

import com.handover.model.Role;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code office_sessions} table (migration V100), joined with the user it belongs to. */
final class SessionStore {

    /** A stored session and the current state of its user. */
    record Row(OfficeSession session, Long endedAt, boolean userDisabled) {
    }

    void insert(Connection c, String idHash, String username, String csrf, long now) throws SQLException {
        Sql.update(c, "INSERT INTO office_sessions (id_hash, username, csrf_token, created_at, last_seen_at)"
                + " VALUES (?, ?, ?, ?, ?)", idHash, username, csrf, now, now);
    }

    Optional<Row> find(Connection c, String idHash) throws SQLException {
        return Sql.queryOne(c, "SELECT s.id_hash, s.username, u.display_name, u.role, s.csrf_token, s.created_at,"
                + " s.last_seen_at, s.ended_at, u.disabled FROM office_sessions s JOIN users u ON u.username = s.username"
                + " WHERE s.id_hash = ?", rs -> new Row(new OfficeSession(rs.getString(1), rs.getString(2),
                rs.getString(3), Role.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6), rs.getLong(7)),
                Sql.nullableLong(rs, "ended_at"), rs.getInt(9) != 0), idHash);
    }

    void touch(Connection c, String idHash, long now) throws SQLException {
        Sql.update(c, "UPDATE office_sessions SET last_seen_at = ? WHERE id_hash = ? AND ended_at IS NULL", now, idHash);
    }

    void end(Connection c, String idHash, long now) throws SQLException {
        Sql.update(c, "UPDATE office_sessions SET ended_at = ? WHERE id_hash = ? AND ended_at IS NULL", now, idHash);
    }

    int endAllOf(Connection c, String username, long now) throws SQLException {
        return Sql.update(c, "UPDATE office_sessions SET ended_at = ? WHERE username = ? AND ended_at IS NULL",
                now, username);
    }

    /** Removes sessions that ended or expired before {@code before}; returns how many. */
    int purge(Connection c, long endedBefore, long lastSeenBefore, long createdBefore) throws SQLException {
        return Sql.update(c, "DELETE FROM office_sessions WHERE ended_at < ? OR last_seen_at < ? OR created_at < ?",
                endedBefore, lastSeenBefore, createdBefore);
    }
}
