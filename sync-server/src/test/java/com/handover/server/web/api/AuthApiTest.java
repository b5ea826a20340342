package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.auth.Tokens;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestClock;
import com.handover.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthApiTest {

    static TestClock clock = new TestClock(Instant.parse("2026-11-01T02:00:00Z"));
    static TestServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.Options.defaults().withClock(clock));
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void loginReturnsATokenThatIsStoredOnlyAsItsHash() {
        var r = api.login("inspector", TestServer.PASSWORD, "phone-1");
        assertEquals(200, r.code());
        String token = r.json().get("token").asText();
        assertEquals(43, token.length());
        assertEquals("INSPECTOR", r.json().get("user").get("role").asText());
        assertEquals("张验房", r.json().get("user").get("displayName").asText());
        assertNotNull(r.json().get("serverHlc"));
        assertEquals(clock.instant().plus(Duration.ofDays(30)).toString(), r.json().get("expiresAt").asText());
        long stored = server.components().db().read(c -> com.handover.server.store.jdbc.Sql.count(c,
                "SELECT COUNT(*) FROM tokens WHERE token_hash = ?", Tokens.hash(token)));
        assertEquals(1, stored);
        long plain = server.components().db().read(c -> com.handover.server.store.jdbc.Sql.count(c,
                "SELECT COUNT(*) FROM tokens WHERE token_hash = ?", token));
        assertEquals(0, plain);
    }

    @Test
    void wrongPasswordAndUnknownUserAreTheSameAnswer() {
        var wrong = api.login("office", "nope", "phone-2");
        var unknown = api.login("nobody", "nope", "phone-2");
        assertEquals(401, wrong.code());
        assertEquals("UNAUTHENTICATED", wrong.errorCode());
        assertEquals(wrong.body(), unknown.body());
    }

    @Test
    void fiveFailuresWithinFifteenMinutesThrottleTheUserName() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.login("admin", "guess-" + i, "phone-3").code());
        }
        var blocked = api.login("admin", TestServer.PASSWORD, "phone-3");
        assertEquals(429, blocked.code());
        assertEquals("RATE_LIMITED", blocked.errorCode());
        long retryAfter = Long.parseLong(blocked.headers().get("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertEquals(200, api.login("office", TestServer.PASSWORD, "phone-3").code(), "other users are not affected");
        clock.advance(Duration.ofMinutes(16));
        assertEquals(200, api.login("admin", TestServer.PASSWORD, "phone-3").code());
    }

    @Test
    void requestsWithoutAValidTokenAreRefused() {
        assertEquals("UNAUTHENTICATED", api.send("GET", "/api/v1/reference", null, null, Map.of()).errorCode());
        assertEquals("UNAUTHENTICATED", api.send("GET", "/api/v1/reference", Tokens.newToken(), null, Map.of()).errorCode());
        assertEquals("UNAUTHENTICATED", api.send("GET", "/api/v1/reference", "x' OR '1'='1", null, Map.of()).errorCode());
    }

    @Test
    void logoutRevokesTheToken() {
        var s = api.login("office", "phone-4");
        assertEquals(200, s.get("/api/v1/reference").code());
        assertEquals(204, s.post("/api/v1/auth/logout", "{}").code());
        var after = s.get("/api/v1/reference");
        assertEquals(401, after.code());
        assertEquals("TOKEN_REVOKED", after.errorCode());
    }

    @Test
    void tokensExpire() {
        var s = api.login("maintenance", "phone-5");
        clock.advance(Duration.ofDays(31));
        var r = s.get("/api/v1/reference");
        assertEquals(401, r.code());
        assertEquals("TOKEN_EXPIRED", r.errorCode());
    }

    @Test
    void anotherProtocolVersionIsRefused() {
        var s = api.login("office", "phone-6");
        var r = s.get("/api/v1/reference", Map.of("X-Protocol-Version", "2"));
        assertEquals(400, r.code());
        assertEquals("UNSUPPORTED_PROTOCOL_VERSION", r.errorCode());
        assertEquals(200, s.get("/api/v1/reference", Map.of("X-Protocol-Version", "1")).code());
    }

    @Test
    void loginValidatesItsFields() {
        var badDevice = api.login("office", TestServer.PASSWORD, "../../etc");
        assertEquals(400, badDevice.code());
        assertEquals("VALIDATION", badDevice.errorCode());
        assertEquals("deviceId", badDevice.json().get("error").get("field").asText());
        var extra = api.send("POST", "/api/v1/auth/login", null, okhttp3.RequestBody.create(
                "{\"username\":\"office\",\"password\":\"x\",\"deviceId\":\"d\",\"admin\":true}", ApiClient.JSON), Map.of());
        assertEquals("VALIDATION", extra.errorCode());
        var notJson = api.send("POST", "/api/v1/auth/login", null, okhttp3.RequestBody.create("{user:", ApiClient.JSON),
                Map.of());
        assertEquals("MALFORMED_JSON", notJson.errorCode());
    }

    @Test
    void passwordsAndTokensNeverReachTheLog() {
        java.io.PrintStream err = System.err;
        java.io.PrintStream out = System.out;
        var captured = new java.io.ByteArrayOutputStream();
        var tee = new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8);
        System.setErr(tee);
        System.setOut(tee);
        String token;
        try {
            var s = api.login("office", "phone-7");
            token = s.token;
            api.login("office", "Secret-Typo-123", "phone-7");
            s.get("/api/v1/reference");
            s.pushRaw("{\"deviceId\":\"phone-7\",\"operations\":[{\"id\":\"" + token + "\"}]}");
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        String text = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(text.contains(token));
        assertFalse(text.contains("Secret-Typo-123"));
        assertFalse(text.contains(TestServer.PASSWORD));
    }
}
