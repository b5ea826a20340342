package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.sync.Operation;
import com.handover.server.config.Limits;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every refused request gets the right status and code, and stores nothing. */
class BadInputTest {

    static final List<String> TABLES = List.of("operations", "entities", "photo_refs", "inspections", "defects",
            "work_orders", "complaints", "op_outcomes");
    static TestServer server;
    static ApiClient api;
    static ApiClient.Session office;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.Options.defaults().withLimits(new Limits(64 * 1024, 20, 1000, 500,
                15L * Limits.MIB, 4 * Limits.MIB, java.time.Duration.ofDays(30), 5, java.time.Duration.ofMinutes(15))));
        api = new ApiClient(server.baseUrl());
        office = api.login("office", "bad-input");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void refusedAndNothingStored(int status, String code, Supplier<ApiClient.Response> call) {
        server.components().stateFolder().awaitCaughtUp(10_000);
        List<Long> before = TABLES.stream().map(server::count).toList();
        ApiClient.Response r = call.get();
        assertEquals(status, r.code(), r.body());
        assertEquals(code, r.errorCode(), r.body());
        JsonNode error = r.json().get("error");
        assertEquals(true, error.get("message").isTextual());
        assertEquals(before, TABLES.stream().map(server::count).toList());
    }

    private static String push(String operationsJson) {
        return "{\"deviceId\":\"bad-input\",\"operations\":" + operationsJson + "}";
    }

    @Test
    void malformedJsonIsRefusedWhole() {
        refusedAndNothingStored(400, "MALFORMED_JSON", () -> office.pushRaw("{\"deviceId\":\"bad-input\",\"operations\":["));
        refusedAndNothingStored(400, "MALFORMED_JSON", () -> office.pushRaw(""));
        refusedAndNothingStored(400, "MALFORMED_JSON", () -> office.pushRaw("[1,2,3]"));
        refusedAndNothingStored(400, "MALFORMED_JSON", () -> office.pushRaw("{\"deviceId\":\"a\",\"deviceId\":\"b\"}"));
        refusedAndNothingStored(400, "MALFORMED_JSON", () -> office.pushRaw("[".repeat(200) + "]".repeat(200)));
    }

    @Test
    void wrongTypesAndMissingFieldsAreValidationErrors() {
        refusedAndNothingStored(400, "VALIDATION", () -> office.pushRaw("{\"deviceId\":\"bad-input\",\"operations\":{}}"));
        refusedAndNothingStored(400, "VALIDATION", () -> office.pushRaw("{\"deviceId\":\"bad-input\"}"));
        refusedAndNothingStored(400, "VALIDATION", () -> office.pushRaw("{\"deviceId\":42,\"operations\":[]}"));
        refusedAndNothingStored(400, "VALIDATION", () -> office.pushRaw(push("[]").replace("}", ",\"x\":1}")));
        refusedAndNothingStored(400, "VALIDATION", () -> office.pull("abc", null));
        refusedAndNothingStored(400, "VALIDATION", () -> office.pull("", 0));
        refusedAndNothingStored(400, "VALIDATION", () -> office.pull("", 1001));
        refusedAndNothingStored(400, "VALIDATION", () -> office.pull("99999999999999999999", null));
    }

    @Test
    void aCursorAheadOfTheLogIsRefusedNamingTheCursor() {
        // A position the server never reached: a device whose server was restored from an older backup.
        refusedAndNothingStored(400, "VALIDATION", () -> office.pull("1000000000", null));
        JsonNode error = office.pull("1000000000", null).json().get("error");
        assertEquals("after", error.get("field").asText(), error.toString());
    }

    @Test
    void anotherDevicesBatchIsForbidden() {
        refusedAndNothingStored(403, "FORBIDDEN", () -> office.pushRaw("{\"deviceId\":\"someone-else\",\"operations\":[]}"));
    }

    @Test
    void oversizedBodiesAndBatchesAreRefused() {
        TestOps ops = new TestOps("office", "bad-input");
        List<Operation> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(ops.complaint(UUID.randomUUID(), server.demo().units.get(i).id(), "投诉"));
        }
        refusedAndNothingStored(413, "BATCH_TOO_LARGE", () -> office.push(many));
        String huge = push("[{\"id\":\"" + "x".repeat(70 * 1024) + "\"}]");
        refusedAndNothingStored(413, "PAYLOAD_TOO_LARGE", () -> office.pushRaw(huge));
    }

    @Test
    void aNonJsonContentTypeIsRefused() {
        refusedAndNothingStored(415, "UNSUPPORTED_MEDIA_TYPE", () -> api.send("POST", "/api/v1/sync/push", office.token,
                okhttp3.RequestBody.create(push("[]"), okhttp3.MediaType.get("text/plain")), Map.of()));
    }

    @Test
    void unknownRoutesAreJsonNotFound() {
        var r = api.send("GET", "/nothing/here", null, null, Map.of());
        assertEquals(404, r.code());
        assertEquals("NOT_FOUND", r.errorCode());
    }

    @Test
    void perOperationProblemsAreRejectedAndTheRestOfTheBatchStands() {
        TestOps ops = new TestOps("office", "bad-input");
        UUID ok = UUID.randomUUID();
        String good = new com.handover.model.json.OperationCodec().toJson(
                ops.complaint(ok, server.demo().units.get(100).id(), "正常投诉"));
        String missingPayload = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"complaint.received\",\"entity\":\""
                + UUID.randomUUID() + "\",\"hlc\":\"0001732780000000.000000.bad-input\",\"actor\":\"office\","
                + "\"device\":\"bad-input\"}";
        String wrongType = good.replace("\"urgency\":\"NORMAL\"", "\"urgency\":7")
                .replace(ok.toString(), UUID.randomUUID().toString());
        String upperCaseId = good.replace(ok.toString(), ok.toString().toUpperCase());
        long before = server.count("operations");
        JsonNode results = office.pushRaw(push("[" + missingPayload + "," + wrongType + "," + upperCaseId + ","
                + good + "]")).json().get("results");
        assertEquals("INVALID", results.get(0).get("code").asText());
        assertEquals("INVALID", results.get(1).get("code").asText());
        assertEquals("INVALID", results.get(2).get("code").asText());
        assertEquals("ACCEPTED", results.get(3).get("status").asText());
        assertEquals(before + 1, server.count("operations"));
    }

    @Test
    void textWithSqlOrHtmlIsStoredVerbatim() {
        TestOps ops = new TestOps("office", "bad-input");
        UUID id = UUID.randomUUID();
        String nasty = "'); DROP TABLE operations; -- <script>alert('x')</script> \"引号\" 100%_";
        office.push(List.of(ops.complaint(id, server.demo().units.get(101).id(), nasty)));
        JsonNode pulled = office.pull("", 1000).json();
        String found = null;
        for (JsonNode e : pulled.get("operations")) {
            if (e.get("operation").get("entity").asText().equals(id.toString())) {
                found = e.get("operation").get("payload").get("description").asText();
            }
        }
        assertEquals(nasty, found);
        server.components().stateFolder().awaitCaughtUp(10_000);
        String stateJson = server.components().db().read(c -> com.handover.server.store.jdbc.Sql.queryOne(c,
                "SELECT state_json FROM complaints WHERE id = ?", rs -> rs.getString(1), id.toString()).orElseThrow());
        assertEquals(true, stateJson.contains("DROP TABLE operations"));
    }
}
