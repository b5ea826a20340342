package com.handover.server.office.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Role;
import com.handover.server.auth.User;
import com.handover.server.config.ServerConfig;
import com.handover.server.store.Database;
import com.handover.server.store.jdbc.JdbcAccountStore;
import com.handover.server.store.jdbc.Sql;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Console sessions on a real SQLite file: expiry, sign-out, disabled users, hashed ids, CSRF tokens. */
class SessionServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private MovableClock clock;
    private SessionService sessions;
    private final User office = new User("office", "王客服", Role.OFFICE);

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T02:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void open() {
        db = Database.open(ServerConfig.embedded(dir));
        clock = new MovableClock();
        sessions = new SessionService(db, SessionPolicy.DEFAULT, clock);
        var accounts = new JdbcAccountStore();
        db.write(c -> {
            accounts.saveUser(c, office, "unused-hash", clock.millis());
            accounts.saveUser(c, new User("inspector", "张验房", Role.INSPECTOR), "unused-hash", clock.millis());
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aStartedSessionIsFoundByItsCookieValueAndStoredOnlyAsAHash() {
        SessionService.Started started = sessions.start(office);
        var found = sessions.find(started.sessionId()).orElseThrow();
        assertEquals("office", found.username());
        assertEquals(SecretTokens.LENGTH, started.sessionId().length());
        long rawStored = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM office_sessions WHERE id_hash = ?",
                started.sessionId()));
        assertEquals(0L, rawStored, "the raw session id must not be stored");
        assertEquals(SecretTokens.sha256(started.sessionId()), found.idHash());
        assertNotEquals(started.sessionId(), found.csrfToken());
    }

    @Test
    void aSessionEndsAfterEightIdleHours() {
        String id = sessions.start(office).sessionId();
        clock.advance(Duration.ofHours(8).minusMinutes(1));
        assertTrue(sessions.find(id).isPresent());
        clock.advance(Duration.ofHours(8).minusMinutes(1));
        assertTrue(sessions.find(id).isPresent(), "a request refreshed the idle clock");
        clock.advance(Duration.ofHours(8));
        assertTrue(sessions.find(id).isEmpty(), "eight hours without a request end it");
    }

    @Test
    void aBusySessionStillEndsTwentyFourHoursAfterSignIn() {
        String id = sessions.start(office).sessionId();
        for (int hour = 1; hour < 24; hour++) {
            clock.advance(Duration.ofHours(1));
            assertTrue(sessions.find(id).isPresent(), "hour " + hour);
        }
        clock.advance(Duration.ofHours(1));
        assertTrue(sessions.find(id).isEmpty());
    }

    @Test
    void signingOutEndsTheSession() {
        var started = sessions.start(office);
        sessions.end(started.session());
        assertTrue(sessions.find(started.sessionId()).isEmpty());
    }

    @Test
    void disablingTheUserOrTakingTheOfficeRoleEndsTheirSessions() {
        String id = sessions.start(office).sessionId();
        db.write(c -> Sql.update(c, "UPDATE users SET disabled = 1 WHERE username = 'office'"));
        assertTrue(sessions.find(id).isEmpty());
        db.write(c -> Sql.update(c, "UPDATE users SET disabled = 0, role = 'INSPECTOR' WHERE username = 'office'"));
        assertTrue(sessions.find(id).isEmpty());
        db.write(c -> Sql.update(c, "UPDATE users SET role = 'OFFICE' WHERE username = 'office'"));
        assertTrue(sessions.find(id).isPresent());
        assertEquals(1, sessions.endAllOf("office"));
        assertTrue(sessions.find(id).isEmpty());
    }

    @Test
    void onlyOfficeAndAdminUsersGetASession() {
        assertThrows(IllegalArgumentException.class,
                () -> sessions.start(new User("inspector", "张验房", Role.INSPECTOR)));
    }

    @Test
    void malformedOrUnknownCookieValuesFindNothing() {
        sessions.start(office);
        assertTrue(sessions.find(null).isEmpty());
        assertTrue(sessions.find("").isEmpty());
        assertTrue(sessions.find("' OR 1=1 --").isEmpty());
        assertTrue(sessions.find(SecretTokens.newToken()).isEmpty());
    }

    @Test
    void theCsrfTokenMustMatchExactly() {
        OfficeSession s = sessions.start(office).session();
        assertTrue(SessionService.csrfMatches(s, s.csrfToken()));
        assertFalse(SessionService.csrfMatches(s, null));
        assertFalse(SessionService.csrfMatches(s, ""));
        assertFalse(SessionService.csrfMatches(s, s.csrfToken().substring(1)));
        assertFalse(SessionService.csrfMatches(s, SecretTokens.newToken()));
        assertFalse(SessionService.csrfMatches(null, s.csrfToken()));
    }

    @Test
    void expiredSessionsArePurged() {
        sessions.start(office);
        String live = sessions.start(office).sessionId();
        clock.advance(Duration.ofHours(9));
        assertTrue(sessions.find(live).isEmpty());
        assertEquals(2, sessions.purgeExpired());
        assertEquals(0L, (long) db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM office_sessions")));
    }
}
