package com.handover.model.sync.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.protocol.ProtocolExamples;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every photo a payload names is one whose bytes must reach the server: the server waits for them and the
 * device uploads them. Checked against each operation type's golden example, so a new payload that carries
 * photos cannot forget to name them.
 */
class NamedPhotosTest {

    @ParameterizedTest
    @EnumSource(OperationType.class)
    void eachPayloadNamesExactlyThePhotosItCarries(OperationType type) {
        Operation op = ProtocolExamples.operation(type);
        JsonNode payload = ProtocolExamples.tree(ProtocolExamples.operationPath(type)).get("payload");
        assertEquals(photoHashesIn(payload), op.payload().namedPhotos(), type.wireName());
    }

    @ParameterizedTest
    @EnumSource(value = OperationType.class, names = {"DEFECT_OPENED", "DEFECT_PHOTO_ATTACHED",
        "DEFECT_PHOTO_ANNOTATED", "DEFECT_REPAIRED", "DEFECT_REOPENED", "INSPECTION_METER_READ",
        "WORK_ORDER_COMPLETED"})
    void theExamplesOfTypesThatCarryPhotosDoCarrySome(OperationType type) {
        assertFalse(ProtocolExamples.operation(type).payload().namedPhotos().isEmpty(), type.wireName());
    }

    /** The values of every {@code sha256} / {@code photoSha256} field, at any depth. */
    private static Set<String> photoHashesIn(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if ((field.getKey().equals("sha256") || field.getKey().equals("photoSha256"))
                        && field.getValue().isTextual()) {
                    out.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        }
    }
}
