package com.handover.server.web.api;

import static com.handover.server.web.api.ApiHttpSemanticsTest.assertJsonError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.server.testing.ApiClient;
import com.handover.server.testing.RawHttp;
import com.handover.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What PROTOCOL.md sections 1, 2 and 10 promise of every answer and every JSON body: the protocol's version on
 * refusals too, {@code Vary: Accept-Encoding}, the JSON media type read exactly, one spelling of a template
 * version.
 */
class ApiAnswerHeadersTest {

    static TestServer server;
    static String token;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        token = new ApiClient(server.baseUrl()).login("inspector", "headers-phone").token;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyApiAnswerSaysTheProtocolVersionItSpeaksRefusalsIncluded() {
        RawHttp.Answer otherVersion = RawHttp.request(server.port(), "GET", "/api/v1/reference", token,
                "X-Protocol-Version: 2");
        assertJsonError(otherVersion, "UNSUPPORTED_PROTOCOL_VERSION", "a device speaking version 2");
        assertEquals("1", otherVersion.header("X-Protocol-Version"), "the refusal says which version to speak");

        RawHttp.Answer prefix = RawHttp.request(server.port(), "GET", "/api/v1", token);
        assertEquals(404, prefix.status());
        assertJsonError(prefix, "NOT_FOUND", "/api/v1 itself");
        assertEquals("1", prefix.header("X-Protocol-Version"));

        for (String path : List.of("/api/v1/sync/pull?limit=500", "/api/v1/reference", "/api/v1/nothing-here")) {
            RawHttp.Answer a = RawHttp.request(server.port(), "GET", path, token, "Accept-Encoding: gzip");
            assertEquals("1", a.header("X-Protocol-Version"), path);
            assertEquals("Accept-Encoding", a.header("Vary"), path + ": its encoding depends on Accept-Encoding");
        }
    }

    @Test
    void aLogoutAnswersNoContentAndNoTypeOfIt() {
        String other = new ApiClient(server.baseUrl()).login("inspector", "logout-phone").token;
        RawHttp.Answer logout = post("/api/v1/auth/logout", null, "", other);
        assertEquals(204, logout.status());
        assertEquals(null, logout.header("Content-Type"), "a 204 has no body to have a type");
        assertEquals(0, logout.body().length);
    }

    @Test
    void healthSaysItsJsonIsUtf8() {
        RawHttp.Answer health = RawHttp.request(server.port(), "GET", "/health", null);
        assertEquals(200, health.status());
        assertEquals("application/json;charset=utf-8", health.header("Content-Type").replace(" ", ""));
    }

    @Test
    void aJsonBodyIsReadOnlyWhenItsMediaTypeIsJsonInUtf8() {
        String login = "{\"username\":\"inspector\",\"password\":\"" + TestServer.PASSWORD
                + "\",\"deviceId\":\"media-phone\"}";
        for (String type : List.of("application/jsonp", "application/json-seq", "text/plain",
                "application/x-www-form-urlencoded", "application/json; charset=gbk")) {
            RawHttp.Answer a = post("/api/v1/auth/login", type, login, null);
            assertJsonError(a, "UNSUPPORTED_MEDIA_TYPE", "login sent as " + type);
            assertEquals(415, a.status(), type);
        }
        for (String type : new String[] {"application/json", "application/json;charset=UTF-8",
                "Application/JSON; charset=\"utf-8\"", null}) {
            assertEquals(200, post("/api/v1/auth/login", type, login, null).status(), "login sent as " + type);
        }
        RawHttp.Answer push = post("/api/v1/sync/push", "application/jsonp",
                "{\"deviceId\":\"headers-phone\",\"operations\":[]}", token);
        assertJsonError(push, "UNSUPPORTED_MEDIA_TYPE", "a push sent as application/jsonp");
    }

    @Test
    void aTemplateVersionHasOneSpelling() {
        assertEquals(200, RawHttp.request(server.port(), "GET", "/api/v1/templates/FINISHED/1", token).status());
        RawHttp.Answer padded = RawHttp.request(server.port(), "GET", "/api/v1/templates/FINISHED/01", token);
        assertJsonError(padded, "VALIDATION", "version 01");
        assertEquals(400, padded.status());
    }

    private static RawHttp.Answer post(String path, String contentType, String json, String bearer) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                + body.length);
        if (contentType != null) {
            head.append("\r\nContent-Type: ").append(contentType);
        }
        if (bearer != null) {
            head.append("\r\nAuthorization: Bearer ").append(bearer);
        }
        return RawHttp.send(server.port(), head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }
}
