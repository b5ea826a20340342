package com.handover.server.store.jdbc;

import com.handover.model.Role;
import com.handover.server.auth.User;
import com.handover.server.store.AccountStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class JdbcAccountStore implements AccountStore {

    @Override
    public void saveUser(Connection c, User user, String passwordHash, long now) throws SQLException {
        int updated = Sql.update(c, "UPDATE users SET display_name = ?, role = ?, password_hash = ? WHERE username = ?",
                user.displayName(), user.role(), passwordHash, user.username());
        if (updated == 0) {
            Sql.update(c, "INSERT INTO users (username, display_name, role, password_hash, disabled, created_at)"
                    + " VALUES (?, ?, ?, ?, 0, ?)", user.username(), user.displayName(), user.role(), passwordHash, now);
        }
    }

    @Override
    public Optional<StoredUser> findUser(Connection c, String username) throws SQLException {
        return Sql.queryOne(c, "SELECT username, display_name, role, password_hash, disabled FROM users WHERE username = ?",
                rs -> new StoredUser(new User(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))),
                        rs.getString(4), rs.getInt(5) != 0), username);
    }

    @Override
    public List<User> listUsers(Connection c) throws SQLException {
        return Sql.query(c, "SELECT username, display_name, role FROM users ORDER BY username",
                rs -> new User(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))));
    }

    @Override
    public List<User> activeUsers(Connection c, Role role) throws SQLException {
        return Sql.query(c, "SELECT username, display_name, role FROM users WHERE role = ? AND disabled = ?"
                + " ORDER BY username", rs -> new User(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))),
                role.name(), false);
    }

    @Override
    public void updatePasswordHash(Connection c, String username, String passwordHash) throws SQLException {
        Sql.update(c, "UPDATE users SET password_hash = ? WHERE username = ?", passwordHash, username);
    }

    @Override
    public void insertToken(Connection c, StoredToken t) throws SQLException {
        Sql.update(c, "INSERT INTO tokens (token_hash, username, device_id, issued_at, expires_at, revoked_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", t.tokenHash(), t.username(), t.deviceId(), t.issuedAt(), t.expiresAt(),
                t.revokedAt());
    }

    @Override
    public Optional<StoredToken> findToken(Connection c, String tokenHash) throws SQLException {
        return Sql.queryOne(c, "SELECT token_hash, username, device_id, issued_at, expires_at, revoked_at FROM tokens"
                + " WHERE token_hash = ?", rs -> new StoredToken(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getLong(5), Sql.nullableLong(rs, "revoked_at")), tokenHash);
    }

    @Override
    public void revokeToken(Connection c, String tokenHash, long at) throws SQLException {
        Sql.update(c, "UPDATE tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL", at, tokenHash);
    }

    @Override
    public void recordLoginFailure(Connection c, String username, long at) throws SQLException {
        Sql.update(c, "INSERT INTO login_failures (username, failed_at) VALUES (?, ?)", username, at);
    }

    @Override
    public List<Long> loginFailuresSince(Connection c, String username, long since) throws SQLException {
        return Sql.query(c, "SELECT failed_at FROM login_failures WHERE username = ? AND failed_at >= ? ORDER BY failed_at",
                rs -> rs.getLong(1), username, since);
    }

    @Override
    public void clearLoginFailures(Connection c, String username) throws SQLException {
        Sql.update(c, "DELETE FROM login_failures WHERE username = ?", username);
    }

    @Override
    public void setRole(Connection c, String username, Role role) throws SQLException {
        Sql.update(c, "UPDATE users SET role = ? WHERE username = ?", role, username);
    }

    @Override
    public void setDisabled(Connection c, String username, boolean disabled) throws SQLException {
        Sql.update(c, "UPDATE users SET disabled = ? WHERE username = ?", disabled, username);
    }

    @Override
    public int revokeAllTokens(Connection c, String username, long now) throws SQLException {
        return Sql.update(c, "UPDATE tokens SET revoked_at = ? WHERE username = ? AND revoked_at IS NULL", now, username);
    }

    @Override
    public void unassign(Connection c, String username, UUID projectId) throws SQLException {
        Sql.update(c, "DELETE FROM project_assignments WHERE username = ? AND project_id = ?", username, projectId);
    }
}
