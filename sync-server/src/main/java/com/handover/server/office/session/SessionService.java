package com.handover.server.office.session;

import com.handover.model.Role;
import com.handover.server.auth.User;
import com.handover.server.store.Database;
import java.time.Clock;
import java.util.Optional;

/**
 * Console sessions: started at sign-in for office and admin users, found by the id in the cookie, ended at
 * sign-out, after {@link SessionPolicy#idle()} without requests or {@link SessionPolicy#absolute()} after
 * sign-in, and when the user is disabled or loses the office role. Only the id's SHA-256 is stored.
 */
public final class SessionService {

    /** A session just started: the id goes into the cookie once and is not kept anywhere. */
    public record Started(String sessionId, OfficeSession session) {
        @Override
        public String toString() {
            return "Started[" + session.username() + "]";
        }
    }

    private final Database db;
    private final SessionPolicy policy;
    private final Clock clock;
    private final SessionStore store = new SessionStore();

    public SessionService(Database db, SessionPolicy policy, Clock clock) {
        this.db = db;
        this.policy = policy;
        this.clock = clock;
    }

    public SessionPolicy policy() {
        return policy;
    }

    public static boolean mayUseConsole(Role role) {
        return role == Role.OFFICE || role == Role.ADMIN || role.isConfirmingParty();
    }

    public Started start(User user) {
        if (!mayUseConsole(user.role())) {
            throw new IllegalArgumentException("only office, admin, supervisor and project-department users sign in to the console");
        }
        String id = SecretTokens.newToken();
        String csrf = SecretTokens.newToken();
        String hash = SecretTokens.sha256(id);
        long now = clock.millis();
        db.write(c -> {
            store.insert(c, hash, user.username(), csrf, now);
            return null;
        });
        return new Started(id, new OfficeSession(hash, user.username(), user.displayName(), user.role(), csrf, now, now));
    }

    /** The live session for a cookie value; empty when unknown, ended, expired, or its user may no longer use the console. */
    public Optional<OfficeSession> find(String sessionId) {
        if (!SecretTokens.wellFormed(sessionId)) {
            return Optional.empty();
        }
        String hash = SecretTokens.sha256(sessionId);
        long now = clock.millis();
        Optional<SessionStore.Row> row = db.read(c -> store.find(c, hash));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        OfficeSession s = row.get().session();
        if (row.get().endedAt() != null || row.get().userDisabled() || !mayUseConsole(s.role())
                || !policy.alive(s.createdAt(), s.lastSeenAt(), now)) {
            return Optional.empty();
        }
        if (now - s.lastSeenAt() >= policy.touchInterval().toMillis()) {
            db.write(c -> {
                store.touch(c, hash, now);
                return null;
            });
            s = new OfficeSession(s.idHash(), s.username(), s.displayName(), s.role(), s.csrfToken(), s.createdAt(), now);
        }
        return Optional.of(s);
    }

    public void end(OfficeSession session) {
        long now = clock.millis();
        db.write(c -> {
            store.end(c, session.idHash(), now);
            return null;
        });
    }

    /** Ends every session of a user (disabled, role changed, password reset). */
    public int endAllOf(String username) {
        long now = clock.millis();
        return db.write(c -> store.endAllOf(c, username, now));
    }

    /** Deletes sessions that can no longer be used. */
    public int purgeExpired() {
        long now = clock.millis();
        return db.write(c -> store.purge(c, now, now - policy.idle().toMillis(), now - policy.absolute().toMillis()));
    }

    /** Whether {@code submitted} is this session's CSRF token. */
    public static boolean csrfMatches(OfficeSession session, String submitted) {
        return session != null && SecretTokens.same(session.csrfToken(), submitted);
    }
}
