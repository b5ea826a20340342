package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.server.sync.SentOperation;
import com.handover.server.web.errors.ApiException;
import com.handover.server.web.errors.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PushBodyTest {

    private static PushBody parse(String body) {
        return PushBody.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(PushBody body) {
        return body.operations().stream()
                .map(s -> new String(s.body(), s.offset(), s.length(), StandardCharsets.UTF_8)).toList();
    }

    private static ErrorCode refusal(String body) {
        return assertThrows(ApiException.class, () -> parse(body)).code();
    }

    @Test
    void eachOperationIsTheTextItWasSentAs() {
        String first = "{\"id\":\"a\",\"payload\":{\"rooms\":[{\"name\":\"主卧\"},[1,2]],\"note\":\"\\u4e2d \\\"}\\\" ]\"}}";
        String second = "{ \"type\" : \"x\" ,\n \"payload\" : { } }";
        PushBody body = parse("{\"deviceId\":\"d1\", \"operations\" : [ " + first + " ,\n" + second + " ] }");

        assertEquals(List.of(first, second), texts(body));
        assertEquals("d1", body.members().get("deviceId").asText());
        assertEquals(List.of("deviceId", "operations"), memberNames(body));
    }

    private static List<String> memberNames(PushBody body) {
        List<String> names = new ArrayList<>();
        body.members().fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static final OperationCodec CODEC = new OperationCodec();

    private static String itemResult(String room) {
        Hlc hlc = Hlc.parse("0001790000000000.000001.tablet-1");
        return CODEC.toJson(new Operation(UUID.randomUUID(), OperationType.INSPECTION_ITEM_RECORDED,
                UUID.randomUUID(), hlc, "inspector", "tablet-1", null,
                new InspectionOps.ItemRecorded(room, "F-LIVING-WALL_FLAT", ItemResult.FAIL, 3.5, "裂缝")));
    }

    @Test
    void operationsAsDevicesWriteThemAreReadAsTheBodyPasses() {
        String first = itemResult("LIVING");
        String second = itemResult("KITCHEN");
        PushBody body = parse("{\"deviceId\":\"d1\",\"operations\":[" + first + "," + second + "]}");

        assertEquals(List.of(first, second), texts(body));
        assertEquals(List.of(CODEC.fromJson(first), CODEC.fromJson(second)),
                body.operations().stream().map(SentOperation::read).toList());
    }

    @Test
    void oneElementNotInTheCanonicalOrderLeavesEveryElementToBeReadFromItsBytes() {
        String first = itemResult("LIVING");
        String reordered = "{\"payload\":{\"room\":\"LIVING\"}," + first.substring(1, first.indexOf(",\"payload\"")) + "}";
        PushBody body = parse("{\"operations\":[" + first + "," + reordered + "]}");

        assertEquals(List.of(first, reordered), texts(body));
        assertEquals(Arrays.asList(null, null), body.operations().stream().map(SentOperation::read).toList());
    }

    @Test
    void aNameGivenTwiceInAnOperationReadAsTheBodyPassesRefusesTheBodyWhole() {
        String op = itemResult("LIVING");
        String twiceInPayload = op.replace("\"room\":\"LIVING\"", "\"room\":\"LIVING\",\"room\":\"KITCHEN\"");
        String twiceInEnvelope = op.replace("\"actor\":\"inspector\"", "\"actor\":\"inspector\",\"actor\":\"x\"");

        assertEquals(ErrorCode.MALFORMED_JSON, refusal("{\"operations\":[" + op + "," + twiceInPayload + "]}"));
        assertEquals(ErrorCode.MALFORMED_JSON, refusal("{\"operations\":[" + op + "," + twiceInEnvelope + "]}"));
        String started = CODEC.toJson(new Operation(UUID.randomUUID(), OperationType.INSPECTION_STARTED,
                UUID.randomUUID(), Hlc.parse("0001790000000000.000002.tablet-1"), "inspector", "tablet-1", null,
                new InspectionOps.Started(UUID.randomUUID(), InspectionKind.HANDOVER, "FINISHED", 1,
                        List.of("LIVING"), List.of())));
        String twiceInOtherPayload = started.replace("\"templateVersion\":1", "\"templateVersion\":1,\"templateVersion\":2");
        assertEquals(ErrorCode.MALFORMED_JSON, refusal("{\"operations\":[" + op + "," + twiceInOtherPayload + "]}"));
        assertEquals(ErrorCode.MALFORMED_JSON, refusal("{\"operations\":[" + op + "],\"deviceId\":\"d\",\"deviceId\":\"d\"}"));
    }

    @Test
    void anElementThatIsNotAnObjectIsKeptForItsRefusal() {
        PushBody body = parse("{\"operations\":[1,\"text\",null,[2]]}");

        assertEquals(List.of("1", "\"text\"", "null", "[2]"), texts(body));
    }

    @Test
    void operationsThatAreNotAnArrayStayInTheMembers() {
        PushBody body = parse("{\"operations\":{\"a\":1},\"deviceId\":\"d1\"}");

        assertEquals(List.of(), body.operations());
        assertEquals(true, body.members().get("operations").isObject());
    }

    @Test
    void aBodyThatIsNotOneJsonObjectIsRefusedWhole() {
        assertEquals(ErrorCode.MALFORMED_JSON, refusal("{\"deviceId\":\"d1\",\"operations\":["));
        assertEquals(ErrorCode.MALFORMED_JSON, refusal("[1,2,3]"));
        assertEquals(ErrorCode.MALFORMED_JSON, refusal("{\"operations\":[],\"operations\":[]}"));
        assertEquals(ErrorCode.MALFORMED_JSON, refusal("{\"operations\":[{\"a\":1,\"a\":2}]}"));
        assertEquals(ErrorCode.MALFORMED_JSON, refusal("{\"operations\":[]} {}"));
        assertEquals(ErrorCode.MALFORMED_JSON, refusal("{\"operations\":[" + "[".repeat(40) + "]".repeat(40) + "]}"));
        assertEquals(ErrorCode.MALFORMED_JSON, refusal("{\"operations\":[{\"n\":" + "9".repeat(50) + "}]}"));
    }

    @Test
    void aStringOverTheLimitInsideAnOperationIsRefusedWhole() {
        String longText = "x".repeat(ModelJson.MAX_STRING_LENGTH + 1);

        assertEquals(ErrorCode.MALFORMED_JSON, refusal("{\"operations\":[{\"note\":\"" + longText + "\"}]}"));
    }

    @Test
    void aStringAtTheLimitIsKept() {
        String text = "x".repeat(ModelJson.MAX_STRING_LENGTH);

        SentOperation sent = parse("{\"operations\":[{\"note\":\"" + text + "\"}]}").operations().get(0);
        assertEquals(ModelJson.MAX_STRING_LENGTH + 11, sent.length());
    }
}
