package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.json.ModelJson;
import com.handover.model.protocol.ProtocolVocabulary;
import com.handover.server.HandoverServer;
import com.handover.server.office.browser.ConsoleServer;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.RawHttp;
import com.handover.server.web.errors.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTP semantics of every /api/v1 route, over real HTTP on loopback, taken from the routes the server actually
 * registered: every other method is 405 with {@code Allow}; unknown and repeated query parameters are 400
 * naming them; and every error, also those the web container raises itself, has the JSON error body.
 */
class ApiHttpSemanticsTest {

    static final List<String> OTHER_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS",
            "TRACE", "BREW");
    static ConsoleServer console;
    static HandoverServer server;
    static String token;
    static List<String> routes;

    /** The server as deployed: the API, the clocks' report routes and the office console. */
    @BeforeAll
    static void start() {
        console = ConsoleServer.start();
        server = console.server();
        token = new ApiClient(console.baseUrl()).login("office", ConsoleServer.PASSWORD, "semantics").json()
                .get("token").textValue();
        routes = server.apiRoutes();
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    @Test
    void theRouteTableHoldsTheProtocolsEndpoints() {
        for (String expected : List.of("POST /api/v1/auth/login", "POST /api/v1/auth/logout",
                "POST /api/v1/sync/push", "GET /api/v1/sync/pull", "GET /api/v1/reference",
                "GET /api/v1/blobs/missing", "GET /api/v1/blobs/{sha}/upload", "PUT /api/v1/blobs/{sha}",
                "GET /api/v1/blobs/{sha}", "GET /api/v1/reports/monthly", "GET /api/v1/templates/{code}/{version}")) {
            assertTrue(routes.contains(expected), expected + " not in " + routes);
        }
    }

    @Test
    void everyOtherMethodOnEveryKnownPathIs405WithAllowAndTheJsonError() {
        int checked = 0;
        for (String route : routes) {
            String path = concrete(route.split(" ", 2)[1]);
            Set<String> allowed = allowedFor(path);
            for (String method : OTHER_METHODS) {
                if (allowed.contains(method)) {
                    continue;
                }
                RawHttp.Answer a = RawHttp.request(server.port(), method, path, token, "Content-Length: 0");
                String what = method + " " + path;
                assertEquals(405, a.status(), what + ": " + a.text());
                assertEquals(String.join(", ", allowed), a.header("Allow"), what);
                if (!method.equals("HEAD")) {
                    assertJsonError(a, "METHOD_NOT_ALLOWED", what);
                }
                checked++;
            }
        }
        assertTrue(checked >= routes.size() * 6, "checked " + checked);
    }

    @Test
    void jsonAnswersSayTheyAreUtf8() {
        for (String path : List.of("/api/v1/reference", "/api/v1/blobs/missing", "/api/v1/sync/pull?limit=1",
                "/api/v1/templates/FINISHED/1", "/api/v1/blobs/" + "ab".repeat(32) + "/upload",
                "/api/v1/reports/monthly?month=2026-11", "/api/v1/reports/settlement?quarter=2026-Q4")) {
            RawHttp.Answer a = RawHttp.request(server.port(), "GET", path, token);
            assertEquals(200, a.status(), path + ": " + a.text());
            assertEquals("application/json;charset=utf-8", a.header("Content-Type").replace(" ", ""), path);
        }
    }

    @Test
    void unknownAndRepeatedQueryParametersAre400NamingThem() {
        for (String route : routes) {
            String method = route.split(" ", 2)[0];
            String path = concrete(route.split(" ", 2)[1]);
            RawHttp.Answer unknown = RawHttp.request(server.port(), method, path + "?foo=1", token, "Content-Length: 0");
            assertJsonError(unknown, "VALIDATION", route + "?foo=1");
            assertEquals(400, unknown.status(), route);
            assertEquals("foo", field(unknown), route);
            for (String name : ApiQuery.ACCEPTED.getOrDefault(route, Set.of())) {
                RawHttp.Answer twice = RawHttp.request(server.port(), method, path + "?" + name + "=1&" + name + "=2",
                        token, "Content-Length: 0");
                assertEquals(400, twice.status(), route + " " + name + " twice: " + twice.text());
                assertEquals(name, field(twice), route);
            }
        }
    }

    @Test
    void theServersErrorCodesAreTheDocumentedOnesWithTheirStatus() {
        Map<String, Integer> server = new TreeMap<>();
        for (ErrorCode code : ErrorCode.values()) {
            server.put(code.name(), code.status());
        }
        assertEquals(new TreeMap<>(ProtocolVocabulary.ERROR_STATUS), server);
    }

    /** The table in section 11 of docs/PROTOCOL.md that says where each code can occur. */
    @Test
    void everyRouteAndEveryErrorCodeIsInTheTableOfWhereCodesOccur() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../docs/PROTOCOL.md"));
        int header = lines.indexOf("| where | codes |");
        assertTrue(header > 0, "section 11 has the table of where codes occur");
        Set<String> where = new LinkedHashSet<>();
        Set<String> codes = new TreeSet<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            Matcher endpoint = Pattern.compile("`([A-Z]+ /api/v1/[^`]*)`").matcher(cells[1]);
            while (endpoint.find()) {
                where.add(endpoint.group(1));
            }
            Matcher code = Pattern.compile("`([A-Z_]+)`").matcher(cells[2]);
            while (code.find()) {
                codes.add(code.group(1));
            }
        }
        Set<String> all = new TreeSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            all.add(code.name());
        }
        assertEquals(all, codes, "the codes in the table are exactly the server's");
        assertEquals(new TreeSet<>(routes), new TreeSet<>(where), "the table names exactly the server's routes");
    }

    @Test
    void noApiRouteReadsTheQueryAroundTheOneReader() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("ApiAccess.PREFIX") && source.matches("(?s).*\\.queryParam(s|Map)?\\(.*")) {
                    offenders.add(file.toString());
                }
            }
        }
        assertTrue(offenders.isEmpty(), "read query parameters with ApiQuery.value: " + offenders);
    }

    @Test
    void pullRefusesMalformedCursorsAndNumbersWithLeadingZeros() {
        for (String query : List.of("after=%ZZ", "after=%C3%28", "after=%", "after=01", "after=00",
                "after=1.BD182BD74DC28307", "after=%EF%BC%91", "limit=010", "limit=%2B5", "limit=1%00")) {
            RawHttp.Answer a = RawHttp.request(server.port(), "GET", "/api/v1/sync/pull?" + query, token);
            assertEquals(400, a.status(), query + ": " + a.text());
            assertJsonError(a, "VALIDATION", query);
            assertEquals(query.substring(0, query.indexOf('=')), field(a), query);
        }
        assertEquals(200, RawHttp.request(server.port(), "GET", "/api/v1/sync/pull?after=0&limit=10&", token).status());
    }

    @Test
    void theContainersOwnErrorsAreJsonErrorsToo() {
        List<String> problems = new ArrayList<>();
        expect(problems, 400, "bad UTF-8 in the path", RawHttp.request(server.port(), "GET",
                "/api/v1/templates/%C3%28/1", token));
        expect(problems, 400, "%00 in the path", RawHttp.request(server.port(), "GET", "/api/v1/templates/%00/1", token));
        expect(problems, 400, "a raw byte over 0x7f in the path", RawHttp.request(server.port(), "GET",
                new byte[] {'/', 'a', 'p', 'i', '/', 'v', '1', '/', (byte) 0xC3, '(', }, token));
        expect(problems, 400, "a lone % in the path", RawHttp.request(server.port(), "GET", "/api/v1/templates/%/1", token));
        expect(problems, 400, "a control byte in Authorization", RawHttp.request(server.port(), "GET",
                "/api/v1/reference", null, "Authorization: Bearer \u0001" + token));
        expect(problems, 400, "a control byte in another header", RawHttp.request(server.port(), "GET",
                "/api/v1/reference", token, "X-Note: a\u0007b"));
        expect(problems, 431, "a 9 KB header", RawHttp.request(server.port(), "GET", "/api/v1/reference", token,
                "X-Big: " + "a".repeat(9 * 1024)));
        expect(problems, 414, "a 10 KB target", RawHttp.request(server.port(), "GET",
                "/api/v1/sync/pull?after=" + "1".repeat(10 * 1024), token));
        expect(problems, 413, "a declared body over the limit", RawHttp.request(server.port(), "POST",
                "/api/v1/sync/push", token, "Content-Type: application/json", "Content-Length: 99999999"));
        expect(problems, 413, "a chunked body over the limit", chunkedPush(5 * 1024 * 1024));
        expect(problems, 404, "an unknown path", RawHttp.request(server.port(), "GET", "/api/v1/nothing/here", token));
        expect(problems, 401, "no token", RawHttp.request(server.port(), "GET", "/api/v1/reference", null));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static RawHttp.Answer chunkedPush(int bytes) {
        String head = "POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked";
        StringBuilder body = new StringBuilder();
        String chunk = "{".repeat(64 * 1024);
        for (int sent = 0; sent < bytes; sent += chunk.length()) {
            body.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        body.append("0\r\n\r\n");
        return RawHttp.send(server.port(), head.getBytes(StandardCharsets.US_ASCII),
                body.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static void expect(List<String> problems, int status, String what, RawHttp.Answer a) {
        try {
            assertEquals(status, a.status(), what + ": " + a.text());
            assertJsonError(a, null, what);
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
    }

    static void assertJsonError(RawHttp.Answer a, String code, String what) {
        String type = a.header("Content-Type");
        assertTrue(type != null && type.replace(" ", "").startsWith("application/json;charset=utf-8"),
                what + ": Content-Type " + type + ": " + a.text());
        JsonNode error;
        try {
            error = ModelJson.mapper().readTree(a.body()).get("error");
        } catch (IOException e) {
            throw new AssertionError(what + ": not JSON: " + a.text(), e);
        }
        assertTrue(error != null && error.get("message").isTextual(), what + ": " + a.text());
        if (code != null) {
            assertEquals(code, error.get("code").textValue(), what + ": " + a.text());
        }
    }

    private static String field(RawHttp.Answer a) {
        try {
            JsonNode field = ModelJson.mapper().readTree(a.body()).get("error").get("field");
            return field == null ? null : field.textValue();
        } catch (IOException e) {
            throw new AssertionError(a.text(), e);
        }
    }

    /** A path with sample values for its parameters. */
    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", "x1");
    }

    /** The methods of every registered route whose template matches {@code path}, in the server's order. */
    private static Set<String> allowedFor(String path) {
        Set<String> allowed = new LinkedHashSet<>();
        for (var method : ApiRouting.METHODS) {
            for (String route : routes) {
                String[] parts = route.split(" ", 2);
                if (parts[0].equals(method.name()) && path.matches(parts[1].replaceAll("\\{[^}]+}", "[^/]+"))) {
                    allowed.add(parts[0]);
                }
            }
        }
        return allowed;
    }
}
