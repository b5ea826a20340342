package com.handover.model.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.Role;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sla.SlaFigures;
import com.handover.model.sla.SlaPolicy;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Repairer;
import com.handover.model.site.ResponsibleContractor;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessageExamplesTest {

    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9._-]{1,64}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern DECIMAL_CURSOR = Pattern.compile("0|[1-9][0-9]*");
    private static final int MAX_PUSH_OPERATIONS = 500;
    private static final int MAX_PULL_PAGE = 1000;
    private static final long MAX_BLOB_BYTES = 15L * 1024 * 1024;

    private final OperationCodec codec = new OperationCodec();

    static List<String> messageFiles() {
        return GoldenFileDirectory.fileNames("messages");
    }

    static List<String> errorFiles() {
        return messageFiles().stream().filter(f -> f.startsWith("error-")).toList();
    }

    @ParameterizedTest
    @MethodSource("messageFiles")
    void everyMessageIsStrictJsonLaidOutAsThePrinterWritesIt(String file) {
        String path = "messages/" + file;

        JsonNode tree = ProtocolExamples.tree(path);

        assertTrue(tree.isObject(), "a message is a JSON object");
        assertEquals(GoldenJsonPrinter.print(tree), ProtocolExamples.text(path));
    }

    @Test
    void loginRequestNamesTheUserAndTheDevice() {
        JsonNode login = ProtocolExamples.tree(ProtocolExamples.LOGIN_REQUEST);

        assertFields(login, "username", "password", "deviceId", "deviceName");
        assertTrue(USER_NAME.matcher(login.get("username").textValue()).matches());
        assertTrue(DEVICE_ID.matcher(login.get("deviceId").textValue()).matches());
    }

    @Test
    void loginResponseCarriesATokenItsExpiryTheUserAndTheServerClock() {
        JsonNode login = ProtocolExamples.tree(ProtocolExamples.LOGIN_RESPONSE);

        assertFields(login, "token", "expiresAt", "user", "serverHlc");
        assertTrue(TOKEN.matcher(login.get("token").textValue()).matches());
        Instant.parse(login.get("expiresAt").textValue());
        assertFields(login.get("user"), "username", "displayName", "role");
        Role.valueOf(login.get("user").get("role").textValue());
        Hlc.parse(login.get("serverHlc").textValue());
    }

    @Test
    void pushRequestCarriesCanonicalOperationsOfThePushingDevice() {
        JsonNode push = ProtocolExamples.tree(ProtocolExamples.PUSH_REQUEST);

        assertFields(push, "deviceId", "operations");
        String device = push.get("deviceId").textValue();
        assertTrue(push.get("operations").size() <= MAX_PUSH_OPERATIONS);
        for (JsonNode node : push.get("operations")) {
            Operation op = readCanonical(node);
            assertEquals(device, op.device());
        }
    }

    @Test
    void pushResponseAnswersEachOperationInRequestOrder() {
        JsonNode request = ProtocolExamples.tree(ProtocolExamples.PUSH_REQUEST);
        JsonNode response = ProtocolExamples.tree(ProtocolExamples.PUSH_RESPONSE);

        assertFields(response, "results", "serverHlc");
        Hlc.parse(response.get("serverHlc").textValue());
        List<String> requested = new ArrayList<>();
        request.get("operations").forEach(op -> requested.add(op.get("id").textValue()));
        List<String> answered = new ArrayList<>();
        var statuses = new TreeSet<String>();
        for (JsonNode result : response.get("results")) {
            answered.add(result.get("id").textValue());
            String status = result.get("status").textValue();
            statuses.add(status);
            assertTrue(ProtocolVocabulary.PUSH_STATUSES.contains(status), status);
            if (status.equals("REJECTED")) {
                assertFields(result, "id", "status", "code", "message");
                assertTrue(ProtocolVocabulary.REJECT_CODES.contains(result.get("code").textValue()));
            } else {
                assertFields(result, "id", "status", "position");
                assertTrue(result.get("position").isIntegralNumber() && result.get("position").longValue() > 0);
            }
        }
        assertEquals(requested, answered);
        assertEquals(ProtocolVocabulary.PUSH_STATUSES, statuses, "the example shows every status");
    }

    @Test
    void pullResponseHasCanonicalOperationsInPositionOrderAndACursorPastThem() {
        JsonNode pull = ProtocolExamples.tree(ProtocolExamples.PULL_RESPONSE);

        assertFields(pull, "operations", "nextCursor", "hasMore", "serverHlc");
        assertTrue(pull.get("operations").size() <= MAX_PULL_PAGE);
        long last = 0;
        for (JsonNode entry : pull.get("operations")) {
            assertFields(entry, "position", "operation");
            long position = entry.get("position").longValue();
            assertTrue(entry.get("position").isIntegralNumber() && position > last, "positions ascend");
            last = position;
            readCanonical(entry.get("operation"));
        }
        String cursor = pull.get("nextCursor").textValue();
        assertTrue(DECIMAL_CURSOR.matcher(cursor).matches());
        assertTrue(Long.parseLong(cursor) >= last);
        assertTrue(pull.get("hasMore").isBoolean());
        Hlc.parse(pull.get("serverHlc").textValue());
    }

    @Test
    void blobUploadStatusesSayHowManyBytesArrivedAndWhetherThePhotoIsComplete() {
        for (String path : List.of(ProtocolExamples.BLOB_UPLOAD_STATUS, ProtocolExamples.BLOB_UPLOAD_COMPLETE)) {
            JsonNode status = ProtocolExamples.tree(path);
            assertFields(status, "received", "complete");
            long received = status.get("received").longValue();
            assertTrue(status.get("received").isIntegralNumber() && received >= 0 && received <= MAX_BLOB_BYTES);
            assertTrue(status.get("complete").isBoolean());
        }
        assertTrue(ProtocolExamples.tree(ProtocolExamples.BLOB_UPLOAD_COMPLETE).get("complete").booleanValue());
        assertFalse(ProtocolExamples.tree(ProtocolExamples.BLOB_UPLOAD_STATUS).get("complete").booleanValue());
    }

    @Test
    void missingPhotosAreNamedByTheirHashes() {
        JsonNode missing = ProtocolExamples.tree(ProtocolExamples.BLOBS_MISSING);

        assertFields(missing, "missing");
        assertFalse(missing.get("missing").isEmpty());
        missing.get("missing").forEach(sha -> assertTrue(SHA256.matcher(sha.textValue()).matches(), sha.textValue()));
    }

    @Test
    void referenceDataIsTheModelsRecordsAsModelJsonWritesThem() throws Exception {
        JsonNode reference = ProtocolExamples.tree(ProtocolExamples.REFERENCE_RESPONSE);

        assertFields(reference, "projects", "contractors", "templates", "sla", "repairers");
        for (JsonNode project : reference.get("projects")) {
            assertFields(project, "project", "buildings", "unitTypes", "units", "responsibleContractors");
            project.get("responsibleContractors").forEach(a -> assertRecord(a, ResponsibleContractor.Assignment.class));
            assertRecord(project.get("project"), Project.class);
            project.get("buildings").forEach(b -> assertRecord(b, Building.class));
            project.get("unitTypes").forEach(t -> assertRecord(t, UnitType.class));
            project.get("units").forEach(u -> assertRecord(u, Unit.class));
        }
        reference.get("contractors").forEach(c -> assertRecord(c, Contractor.class));
        reference.get("repairers").forEach(r -> assertRecord(r, Repairer.class));
        for (JsonNode template : reference.get("templates")) {
            assertFields(template, "code", "version");
            assertTrue(template.get("version").isIntegralNumber() && template.get("version").intValue() >= 1);
        }
        assertRecord(reference.get("sla"), SlaFigures.class);
        assertEquals(SlaFigures.of(SlaPolicy.defaults()),
                ModelJson.mapper().treeToValue(reference.get("sla"), SlaFigures.class), "the seed's figures");
    }

    @Test
    void healthSaysUpWhichDatabaseWhichNodeAndWhichProtocolVersion() {
        JsonNode health = ProtocolExamples.tree(ProtocolExamples.HEALTH_RESPONSE);

        assertFields(health, "status", "database", "node", "protocolVersion");
        assertEquals("UP", health.get("status").textValue());
        assertTrue(Set.of("SQLITE", "POSTGRES").contains(health.get("database").textValue()));
        assertEquals(1, health.get("protocolVersion").intValue());
    }

    @ParameterizedTest
    @MethodSource("errorFiles")
    void errorBodyHasADocumentedCodeAndAMessage(String file) {
        JsonNode body = ProtocolExamples.tree("messages/" + file);

        JsonNode error = body.get("error");
        assertTrue(error != null && error.isObject(), "an error body has an 'error' object");
        Set<String> allowed = Set.of("code", "message", "field");
        error.fieldNames().forEachRemaining(f -> assertTrue(allowed.contains(f), "unexpected field " + f));
        assertTrue(ProtocolVocabulary.ERROR_STATUS.containsKey(error.get("code").textValue()));
        assertFalse(error.get("message").textValue().isBlank());
    }

    @Test
    void aWrongUploadOffsetAlsoSaysWhereTheUploadContinues() {
        JsonNode body = ProtocolExamples.tree("messages/error-blob-wrong-offset.json");

        assertFields(body, "error", "received");
        assertTrue(body.get("received").isIntegralNumber());
        assertEquals("offset", body.get("error").get("field").textValue());
    }

    private Operation readCanonical(JsonNode node) {
        Operation op = codec.fromTree(node);
        assertTrue(JsonTrees.same(node, codec.toTree(op)), () -> "not in canonical form: " + node);
        return op;
    }

    private static void assertRecord(JsonNode node, Class<?> type) {
        try {
            Object value = ModelJson.mapper().treeToValue(node, type);
            assertTrue(JsonTrees.same(node, ModelJson.mapper().valueToTree(value)),
                    () -> type.getSimpleName() + " does not write back the same: " + node);
        } catch (Exception e) {
            throw new AssertionError(type.getSimpleName() + " could not be read from " + node + ": " + e.getMessage(), e);
        }
    }

    private static void assertFields(JsonNode node, String... expected) {
        var actual = new TreeSet<String>();
        node.fieldNames().forEachRemaining(actual::add);
        assertEquals(new TreeSet<>(List.of(expected)), actual);
    }
}
