package com.handover.model.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.json.OperationCodec;
import com.handover.model.json.OperationFormatException;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every operation type × every payload field (also those its example leaves out, and nested ones) × every JSON
 * kind: the codec either refuses the operation as INVALID with a message naming the field, or takes the value
 * exactly as sent, so that writing the operation again gives back what was sent (nothing coerced, trimmed or
 * re-cased). Enum fields take only their exact names.
 */
class PayloadFieldKindsTest {

    private final OperationCodec codec = new OperationCodec();

    @ParameterizedTest(name = "{0}")
    @EnumSource(OperationType.class)
    void everyFieldRefusesEveryWrongKindWithTheFieldNamedOrKeepsTheValueVerbatim(OperationType type) {
        JsonNode example = ProtocolExamples.tree(ProtocolExamples.operationPath(type));
        List<String> failures = new ArrayList<>();
        for (PayloadMutations.Field field : PayloadMutations.fields(type.payloadClass(), example.get("payload"))) {
            for (Map.Entry<String, JsonNode> v : PayloadMutations.values(field).entrySet()) {
                String problem = check(example, field, v.getValue());
                if (problem != null) {
                    failures.add(field.describe() + " = " + v.getKey() + " " + v.getValue() + ": " + problem);
                }
            }
        }
        assertTrue(failures.isEmpty(), type.wireName() + ":\n" + String.join("\n", failures));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(OperationType.class)
    void enumFieldsTakeNothingButTheirExactNames(OperationType type) {
        JsonNode example = ProtocolExamples.tree(ProtocolExamples.operationPath(type));
        for (PayloadMutations.Field field : PayloadMutations.fields(type.payloadClass(), example.get("payload"))) {
            if (!field.isEnum()) {
                continue;
            }
            for (Map.Entry<String, JsonNode> v : PayloadMutations.values(field).entrySet()) {
                if (v.getValue().isNull()) {
                    continue;
                }
                ObjectNode mutated = PayloadMutations.withValue(example, field, v.getValue());
                try {
                    codec.fromTree(mutated);
                    fail(type.wireName() + " " + field.describe() + " took " + v.getKey() + " " + v.getValue());
                } catch (OperationFormatException e) {
                    assertEquals(OperationFormatException.Code.INVALID, e.code());
                    assertTrue(e.getMessage().contains(field.name()), e.getMessage());
                }
            }
        }
    }

    @Test
    void theWalkFindsEnumFieldsInEveryKindOfRecord() {
        List<String> enums = new ArrayList<>();
        for (OperationType type : OperationType.values()) {
            JsonNode payload = ProtocolExamples.tree(ProtocolExamples.operationPath(type)).get("payload");
            PayloadMutations.fields(type.payloadClass(), payload).stream().filter(PayloadMutations.Field::isEnum)
                    .forEach(f -> enums.add(type.wireName() + " " + f.describe()));
        }
        for (String expected : List.of("inspection.item_recorded result", "inspection.signed decision",
                "inspection.signed signatures[0].role", "defect.closed reason", "complaint.received channel",
                "defect.photo_annotated shapes[0].kind", "defect.updated severity", "workorder.created source")) {
            assertTrue(enums.contains(expected), expected + " not in " + enums);
        }
        assertFalse(enums.isEmpty());
    }

    /** Null when the codec behaves; otherwise what went wrong. */
    private String check(JsonNode example, PayloadMutations.Field field, JsonNode value) {
        ObjectNode mutated = PayloadMutations.withValue(example, field, value);
        Operation op;
        try {
            op = codec.fromTree(mutated);
        } catch (OperationFormatException e) {
            if (e.code() != OperationFormatException.Code.INVALID) {
                return "refused as " + e.code() + ", not INVALID";
            }
            return e.getMessage().contains(field.name()) ? null
                    : "refused without naming '" + field.name() + "': " + e.getMessage();
        } catch (RuntimeException e) {
            return "failed with " + e;
        }
        JsonNode written = codec.toTree(op);
        return sameContent(normalised(mutated), normalised(written)) ? null
                : "accepted but stored as " + written.get("payload");
    }

    /** Nulls and empty lists left out: the protocol treats them as absent. */
    private static JsonNode normalised(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                JsonNode child = it.next().getValue();
                if (child.isNull() || (child.isArray() && child.isEmpty())) {
                    it.remove();
                } else {
                    strip(child);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(PayloadFieldKindsTest::strip);
        }
    }

    private static boolean sameContent(JsonNode a, JsonNode b) {
        return a.equals((x, y) -> x.isNumber() && y.isNumber()
                ? Double.compare(x.doubleValue(), y.doubleValue()) : x.equals(y) ? 0 : 1, b);
    }
}
