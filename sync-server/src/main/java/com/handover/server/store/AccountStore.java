package com.handover.server.store;

import com.handover.model.Role;
import com.handover.server.auth.User;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users, their login tokens (only hashes) and failed login attempts. */
public interface AccountStore {

    record StoredUser(User user, String passwordHash, boolean disabled) {
    }

    record StoredToken(String tokenHash, String username, String deviceId, long issuedAt, long expiresAt,
                       Long revokedAt) {
    }

    /** Creates the user, or replaces its display name, role and password hash. */
    void saveUser(Connection c, User user, String passwordHash, long now) throws SQLException;

    Optional<StoredUser> findUser(Connection c, String username) throws SQLException;

    List<User> listUsers(Connection c) throws SQLException;

    /** The accounts of {@code role} that may sign in, by user name. */
    List<User> activeUsers(Connection c, Role role) throws SQLException;

    void updatePasswordHash(Connection c, String username, String passwordHash) throws SQLException;

    void insertToken(Connection c, StoredToken token) throws SQLException;

    Optional<StoredToken> findToken(Connection c, String tokenHash) throws SQLException;

    void revokeToken(Connection c, String tokenHash, long at) throws SQLException;

    void recordLoginFailure(Connection c, String username, long at) throws SQLException;

    /** Times of failed logins for the user name at or after {@code since}, oldest first. */
    List<Long> loginFailuresSince(Connection c, String username, long since) throws SQLException;

    void clearLoginFailures(Connection c, String username) throws SQLException;

    void setRole(Connection c, String username, Role role) throws SQLException;

    void setDisabled(Connection c, String username, boolean disabled) throws SQLException;

    /** Revokes every token of the user still in force; returns how many. */
    int revokeAllTokens(Connection c, String username, long now) throws SQLException;

    void unassign(Connection c, String username, UUID projectId) throws SQLException;
}
