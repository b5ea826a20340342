package com.handover.model.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.handover.model.ItemResult;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.testing.OperationGenerator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationCodecTest {

    private final OperationCodec codec = new OperationCodec();

    @Test
    void everyGeneratedOperationSurvivesTheWire() {
        OperationCodec replica = OperationCodec.forReplica();
        for (long seed = 0; seed < 200; seed++) {
            for (Operation op : OperationGenerator.session(seed)) {
                String json = codec.toJson(op);
                assertEquals(op, codec.fromJson(json), "seed " + seed + ": " + json);
                assertEquals(json, codec.toJson(codec.fromJson(json)));
                assertEquals(op, replica.fromJson(json), "a replica's codec, seed " + seed + ": " + json);
                assertEquals(json, replica.toJson(replica.fromJson(json)));
            }
        }
    }

    @Test
    void theWrittenTextIsTheTreesTextByteForByte() throws Exception {
        var mapper = ModelJson.mapper();
        for (long seed = 0; seed < 200; seed++) {
            for (Operation op : OperationGenerator.session(seed)) {
                assertEquals(mapper.writeValueAsString(codec.toTree(op)), codec.toJson(op), "seed " + seed);
            }
        }
    }

    @Test
    void anItemResultIsWrittenAsTheTreeWritesItWhateverItsTextsAndMeasure() throws Exception {
        var mapper = ModelJson.mapper();
        String[] notes = {null, "", "墙面有裂缝，需整改", "a \"quoted\" word", "back\\slash", "line\nbreak", "tab\there",
            "carriage\r\nreturn", "del\u007f", "emoji \uD83D\uDE00", "separator\u2028", "slash / and <b>"};
        String[] actors = {"inspector", "wang.gong_2"};
        double[] measures = {0, -0.0, 5, 12.5, -1.5e2, 1e-7, 0.1 + 0.2, 12345.678901234, 99999.99, 1e5, 4.9e-324};
        Hlc hlc = Hlc.parse("0001790000000000.000003.tablet-1");
        int written = 0;
        for (String note : notes) {
            for (String actor : actors) {
                for (int m = -1; m < measures.length; m++) {
                    UUID prev = m % 3 == 0 ? UUID.randomUUID() : null;
                    Operation op = new Operation(UUID.randomUUID(), OperationType.INSPECTION_ITEM_RECORDED,
                            UUID.randomUUID(), hlc, actor, "tablet-1", prev, new InspectionOps.ItemRecorded(
                                    "BEDROOM-2", "F-LIVING-WALL_FLAT", ItemResult.FAIL, m < 0 ? null : measures[m], note));
                    String json = codec.toJson(op);
                    assertEquals(mapper.writeValueAsString(codec.toTree(op)), json, note + " / " + actor + " / " + m);
                    assertEquals(op, codec.fromJson(json), json);
                    written++;
                }
            }
        }
        assertEquals(notes.length * actors.length * (measures.length + 1), written);
    }

    @Test
    void theStreamedReaderAndTheTreeReadEveryOperationAlikeInAnyFieldOrder() {
        StreamedOperationReader streamed = new StreamedOperationReader(ModelJson.mapper(), false);
        for (long seed = 0; seed < 50; seed++) {
            for (Operation op : OperationGenerator.session(seed)) {
                String json = codec.toJson(op);
                assertEquals(op, streamed.read(json), "seed " + seed + ": " + json);
                assertEquals(op, codec.fromTree(codec.toTree(op)));
                // The payload before the type: the streamed reader leaves it to the tree, which reads it.
                String payloadFirst = "{\"payload\":" + json.substring(json.indexOf(",\"payload\":") + 11, json.length() - 1)
                        + "," + json.substring(1, json.indexOf(",\"payload\":")) + "}";
                assertEquals(null, streamed.read(payloadFirst), payloadFirst);
                assertEquals(op, codec.fromJson(payloadFirst), payloadFirst);
            }
        }
    }

    @Test
    void anOperationInsideLargerBytesIsReadFromItsOwnBytesAlone() {
        for (long seed = 0; seed < 20; seed++) {
            for (Operation op : OperationGenerator.session(seed)) {
                String json = codec.toJson(op);
                byte[] around = ("[ " + json + " ]").getBytes(UTF_8);
                int length = json.getBytes(UTF_8).length;
                assertEquals(op, codec.fromJson(around, 2, length), "seed " + seed + ": " + json);
            }
        }
        byte[] bad = "[{\"id\":1}]".getBytes(UTF_8);
        var refused = assertThrows(OperationFormatException.class, () -> codec.fromJson(bad, 1, bad.length - 2));
        assertEquals(refused.getMessage(), assertThrows(OperationFormatException.class,
                () -> codec.fromJson("{\"id\":1}")).getMessage(), "the same words as for a text");
        assertThrows(OperationFormatException.class, () -> codec.fromJson(bad, 1, 3), "a cut element is not JSON");
    }

    @Test
    void operationsAreReadInPlaceFromTheParserOfWhatHoldsThem() throws Exception {
        List<Operation> ops = OperationGenerator.session(3);
        String array = ops.stream().map(codec::toJson).collect(Collectors.joining(", ", "[", "]"));
        try (JsonParser p = ModelJson.mapper().getFactory().createParser(array.getBytes(UTF_8))) {
            assertEquals(JsonToken.START_ARRAY, p.nextToken());
            for (Operation op : ops) {
                p.nextToken();
                assertEquals(Optional.of(op), codec.readInPlace(p));
                assertEquals(JsonToken.END_OBJECT, p.currentToken(), "the parser stops at the operation's end");
            }
            assertEquals(JsonToken.END_ARRAY, p.nextToken());
        }
        String op = codec.toJson(ops.get(0));
        String twice = "{\"op\":" + op + ",\"op\":1}";
        try (JsonParser p = ModelJson.mapper().getFactory().createParser(twice)) {
            p.nextToken();
            p.nextToken();
            p.nextToken();
            assertTrue(codec.readInPlace(p).isPresent());
            assertThrows(JsonParseException.class, p::nextToken,
                    "what holds the operation still refuses a name given twice");
        }
        String payloadTwice = op.replace(",\"payload\":{", ",\"payload\":{\"x\":1,\"x\":2,");
        String typeAfterPayload = "{\"payload\":" + op.substring(op.indexOf(",\"payload\":") + 11, op.length() - 1)
                + "," + op.substring(1, op.indexOf(",\"payload\":")) + "}";
        for (String other : new String[] {payloadTwice, typeAfterPayload, "{\"id\":\"x\"}"}) {
            try (JsonParser p = ModelJson.mapper().getFactory().createParser(other)) {
                p.nextToken();
                assertEquals(Optional.empty(), codec.readInPlace(p), other);
            }
        }
    }

    @Test
    void whatRecursAcrossOperationsAReplicaHoldsIsReadIntoOneInstanceOfEach() {
        OperationCodec replica = OperationCodec.forReplica();
        String first = itemRecorded("b5a6a9cc-9973-4247-a5fc-378a71820e55", "0001773455507250.000000");
        String second = itemRecorded("c0d1e2f3-9973-4247-a5fc-378a71820e56", "0001773455508250.000000");
        Operation a = replica.fromJson(first);
        byte[] utf8 = second.getBytes(UTF_8);
        Operation b = replica.fromJson(utf8, 0, utf8.length);
        assertSame(a.entity(), b.entity(), "the inspection");
        assertSame(a.actor(), b.actor(), "the person");
        assertSame(a.device(), b.device(), "the device");
        assertSame(a.hlc().node(), b.hlc().node(), "the clock's node");
        var itemA = (InspectionOps.ItemRecorded) a.payload();
        var itemB = (InspectionOps.ItemRecorded) b.payload();
        assertSame(itemA.room(), itemB.room(), "the room");
        assertSame(itemA.itemCode(), itemB.itemCode(), "the item");
        assertEquals(itemA.note(), itemB.note());
        assertNotSame(itemA.note(), itemB.note(), "a note longer than the shared texts is each operation's own");
    }

    @Test
    void anItemResultGivingAFieldTwiceIsRefusedWhateverTheField() throws Exception {
        String ok = itemRecorded("b5a6a9cc-9973-4247-a5fc-378a71820e55", "0001773455507250.000000");
        assertTrue(codec.fromJson(ok) != null);
        for (String field : new String[] {"\"room\":\"BEDROOM-2\"", "\"itemCode\":\"F-BEDROOM-WALL_FLAT\"",
                "\"result\":\"PASS\"", "\"measuredValue\":5.5", "\"measuredValue\":null", "\"note\":\"x\"",
                "\"note\":null"}) {
            String twice = ok.replace("\"payload\":{", "\"payload\":{" + field + ",");
            assertThrows(OperationFormatException.class, () -> codec.fromJson(twice), twice);
            try (JsonParser p = ModelJson.mapper().getFactory().createParser(twice)) {
                p.nextToken();
                assertEquals(Optional.empty(), codec.readInPlace(p), twice);
            }
        }
    }

    private static String itemRecorded(String id, String clock) {
        return "{\"id\":\"" + id + "\",\"type\":\"inspection.item_recorded\","
                + "\"entity\":\"1f08e418-b554-4bea-836d-d1b11d3da887\",\"hlc\":\"" + clock + ".pad-7f3a\","
                + "\"actor\":\"wang.li\",\"device\":\"pad-7f3a\",\"payload\":{\"room\":\"BEDROOM-1\","
                + "\"itemCode\":\"F-BEDROOM-WALL_FLAT\",\"result\":\"FAIL\",\"measuredValue\":5.5,"
                + "\"note\":\"" + "2m靠尺实测5.5mm，超过允许偏差4mm。".repeat(4) + "\"}}";
    }

    @Test
    void whatTheStreamedReaderDoesNotTakeIsLeftToTheTreeToRefuseOrRead() {
        StreamedOperationReader streamed = new StreamedOperationReader(ModelJson.mapper(), false);
        String ok = String.format(ENVELOPE, "inspection.keys_counted", "", "{\"keyType\":\"MAILBOX\",\"count\":2}");
        assertTrue(streamed.read(ok) != null);
        String nullPrev = String.format(ENVELOPE, "inspection.keys_counted", ",\"prev\":null",
                "{\"keyType\":\"MAILBOX\",\"count\":2}");
        assertEquals(null, streamed.read(nullPrev));
        assertEquals(codec.fromJson(ok), codec.fromJson(nullPrev), "a null prev is no prev, on both paths");
        String prev = ",\"prev\":\"5d0e7c4b-2a6f-4c1d-8e3b-9f7a6b5c4d3e\"";
        String photo = "{\"sha256\":\"" + "a".repeat(64) + "\",\"capturedAt\":\"2026-01-01T00:00:00Z\"}";
        String repaired = String.format(ENVELOPE, "defect.repaired", "", "{\"note\":\"x\",\"photos\":[" + photo + "]}");
        assertTrue(streamed.read(repaired) != null);
        for (String bad : new String[] {ok + " {}", ok.replace("\"count\":2", "\"count\":2,\"count\":3"),
                ok.replace("0b6f6a8e", "0B6F6A8E"), ok.replace("\"device\":\"tablet-1\"", "\"device\":1"),
                // Every envelope field given twice, the second time alike or not.
                ok.replace("\"actor\":\"inspector\"", "\"actor\":\"inspector\",\"actor\":\"other\""),
                ok.replace("\"hlc\"", "\"id\":\"0b6f6a8e-3c1d-4d7e-9a51-2f1c9c1d2e3f\",\"hlc\""),
                ok.replace(",\"payload\"", ",\"type\":\"inspection.keys_counted\",\"payload\""),
                ok.replace(",\"payload\"", ",\"entity\":\"6a1f0c2e-8d5b-4f3a-b7c9-1e2d3c4b5a69\",\"payload\""),
                ok.replace(",\"payload\"", ",\"hlc\":\"0001790000000001.000000.tablet-1\",\"payload\""),
                ok.replace(",\"payload\"", ",\"device\":\"tablet-1\",\"payload\""),
                String.format(ENVELOPE, "inspection.keys_counted", prev + prev,
                        "{\"keyType\":\"MAILBOX\",\"count\":2}"),
                ok.substring(0, ok.length() - 1) + ",\"payload\":{\"keyType\":\"MAILBOX\",\"count\":3}}",
                // and a field given twice deep inside the payload
                repaired.replace("\"capturedAt\"", "\"sha256\":\"" + "b".repeat(64) + "\",\"capturedAt\"")}) {
            assertEquals(null, streamed.read(bad), bad);
            assertThrows(OperationFormatException.class, () -> codec.fromJson(bad), bad);
        }
    }

    private static final String ENVELOPE = "{\"id\":\"0b6f6a8e-3c1d-4d7e-9a51-2f1c9c1d2e3f\",\"type\":\"%s\","
            + "\"entity\":\"6a1f0c2e-8d5b-4f3a-b7c9-1e2d3c4b5a69\",\"hlc\":\"0001790000000000.000000.tablet-1\","
            + "\"actor\":\"inspector\",\"device\":\"tablet-1\"%s,\"payload\":%s}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON                 | MALFORMED    | {\"id\":",
        "an array                 | MALFORMED    | []",
        "unknown type             | UNKNOWN_TYPE | " + "{\"id\":\"0b6f6a8e-3c1d-4d7e-9a51-2f1c9c1d2e3f\",\"type\":\"inspection.deleted\",\"entity\":\"6a1f0c2e-8d5b-4f3a-b7c9-1e2d3c4b5a69\",\"hlc\":\"0001790000000000.000000.tablet-1\",\"actor\":\"inspector\",\"device\":\"tablet-1\",\"payload\":{}}",
    })
    void unreadableInputIsRefusedWithATypedError(String what, OperationFormatException.Code code, String json) {
        var e = assertThrows(OperationFormatException.class, () -> codec.fromJson(json));
        assertEquals(code, e.code(), what + ": " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown envelope field      | ,\"extra\":1                                    | {\"keyType\":\"MAILBOX\",\"count\":2}                 | unknown field 'extra'",
        "unknown payload field       | ''                                             | {\"keyType\":\"MAILBOX\",\"count\":2,\"x\":1}          | unknown field 'x'",
        "string for a number         | ''                                             | {\"keyType\":\"MAILBOX\",\"count\":\"2\"}              | 'count' has the wrong type",
        "float for an integer        | ''                                             | {\"keyType\":\"MAILBOX\",\"count\":2.5}               | 'count'",
        "unknown enum value          | ''                                             | {\"keyType\":\"GARAGE\",\"count\":2}                  | 'keyType' has a value of the wrong form",
        "rule broken                 | ''                                             | {\"keyType\":\"MAILBOX\",\"count\":500}               | count must be 0..99",
        "missing required field      | ''                                             | {\"count\":2}                                      | keyType is required",
        "prev that is not a UUID     | ,\"prev\":\"42\"                                 | {\"keyType\":\"MAILBOX\",\"count\":2}                 | prev must be a lower-case UUID",
        "integer beyond 32 bits      | ''                                             | {\"keyType\":\"MAILBOX\",\"count\":4294967297}        | 'count': Numeric value (4294967297) out of range of int",
    })
    void invalidContentIsRefusedAndTheMessageSaysWhatWasWrong(String what, String extra, String payload, String expected) {
        String json = String.format(ENVELOPE, "inspection.keys_counted", extra, payload);
        var e = assertThrows(OperationFormatException.class, () -> codec.fromJson(json));
        assertEquals(OperationFormatException.Code.INVALID, e.code(), what);
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("com.handover")
                || e.getMessage().contains("Source:"), "one line, no parser's or class's words: " + e.getMessage());
        assertEquals(e.getMessage(), assertThrows(OperationFormatException.class,
                () -> OperationCodec.forReplica().fromJson(json)).getMessage(), "a replica's codec: " + what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "number for text       | inspection.item_recorded | {\"room\":\"LIVING\",\"itemCode\":\"F-LIVING-WALL_FLAT\",\"result\":\"PASS\",\"note\":42}",
        "boolean for text      | inspection.item_recorded | {\"room\":\"LIVING\",\"itemCode\":\"F-LIVING-WALL_FLAT\",\"result\":\"PASS\",\"note\":true}",
        "number for a time     | workorder.arrived        | {\"at\":1773454530000}",
        "upper-case UUID       | defect.assigned          | {\"contractorId\":\"6A1F0C2E-8D5B-4F3A-B7C9-1E2D3C4B5A69\"}",
        "date in the wrong form| workorder.arrived        | {\"at\":\"yesterday\"}",
    })
    void payloadScalarsAreNeverCoercedFromAnotherType(String what, String type, String payload) {
        String json = String.format(ENVELOPE, type, "", payload);
        for (OperationCodec reader : new OperationCodec[] {codec, OperationCodec.forReplica()}) {
            var e = assertThrows(OperationFormatException.class, () -> reader.fromJson(json));
            assertEquals(OperationFormatException.Code.INVALID, e.code(), what + ": " + e.getMessage());
        }
    }

    @Test
    void aDeviceThatIsNotTheClockNodeIsRefused() {
        String json = String.format(ENVELOPE, "inspection.keys_counted", "", "{\"keyType\":\"MAILBOX\",\"count\":2}")
                .replace("\"device\":\"tablet-1\"", "\"device\":\"phone-2\"");
        var e = assertThrows(OperationFormatException.class, () -> codec.fromJson(json));
        assertTrue(e.getMessage().contains("is not the device"), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedBeforeItIsBuilt() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        String json = String.format(ENVELOPE, "inspection.keys_counted", "", deep);
        assertEquals(OperationFormatException.Code.MALFORMED,
                assertThrows(OperationFormatException.class, () -> codec.fromJson(json)).code());
    }

    @Test
    void anItemResultReadWithoutTheBinderIsReadAndRefusedAsTheBinderDoes() throws Exception {
        StreamedOperationReader streamed = new StreamedOperationReader(ModelJson.mapper(), false);
        StreamedOperationReader sharing = new StreamedOperationReader(ModelJson.sharingMapper(), true);
        String[] payloads = {
            "{\"room\":\"LIVING\",\"itemCode\":\"F-LIVING-WALL_FLAT\",\"result\":\"PASS\"}",
            "{\"result\":\"FAIL\",\"room\":\"BEDROOM-2\",\"itemCode\":\"A\",\"measuredValue\":5.5,\"note\":\"裂缝\"}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"measuredValue\":5,\"note\":null}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"measuredValue\":-0,\"note\":\"\"}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"measuredValue\":-1.5e2}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"measuredValue\":null}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"NOT_APPLICABLE\",\"note\":\""
                    + "长".repeat(80) + "\"}",
            // each of these is refused, or read, by the binder alone
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"pass\"}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"measuredValue\":\"5\"}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"measuredValue\":true}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"measuredValue\":1e400}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"measuredValue\":[1]}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"note\":5}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"note\":{}}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"extra\":1}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"room\":\"KITCHEN\"}",
            "{\"room\":\"living\",\"itemCode\":\"A\",\"result\":\"PASS\"}",
            "{\"room\":null,\"itemCode\":\"A\",\"result\":\"PASS\"}",
            "{\"room\":7,\"itemCode\":\"A\",\"result\":\"PASS\"}",
            "{\"itemCode\":\"A\",\"result\":\"PASS\"}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\"}",
            "{\"room\":\"LIVING\",\"itemCode\":[\"A\"],\"result\":\"PASS\"}",
            "{\"room\":\"LIVING\",\"itemCode\":\"A\",\"result\":\"PASS\",\"note\":\"" + "x".repeat(5_001) + "\"}",
            "{}"};
        int readWithoutTheBinder = 0;
        for (String payload : payloads) {
            String json = String.format(ENVELOPE, "inspection.item_recorded", "", payload);
            Operation viaTree;
            try {
                viaTree = codec.fromTree(ModelJson.mapper().readTree(json));
            } catch (OperationFormatException | JsonProcessingException refused) {
                viaTree = null;
            }
            Operation read = streamed.read(json);
            if (read != null) {
                readWithoutTheBinder++;
                assertEquals(viaTree, read, payload);
                assertEquals(read, sharing.read(json), "a replica's reader: " + payload);
            }
            if (viaTree == null) {
                assertEquals(null, read, "refused by the binder, so not read: " + payload);
                assertThrows(OperationFormatException.class, () -> codec.fromJson(json), payload);
            } else {
                assertEquals(viaTree, codec.fromJson(json), payload);
            }
        }
        assertEquals(7, readWithoutTheBinder, "the first seven are item results as devices write them");
    }
}
