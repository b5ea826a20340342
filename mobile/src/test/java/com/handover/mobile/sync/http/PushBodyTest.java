package com.handover.mobile.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.mobile.store.OutboxEntry;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.model.testing.OperationGenerator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushBodyTest {

    private final OperationCodec codec = OperationCodec.forReplica();
    private final ObjectMapper mapper = ModelJson.mapper();

    @Test
    void aBodyOfStoredTextsIsTheBodyATreeOfTheOperationsWrites() throws Exception {
        for (long seed = 0; seed < 100; seed++) {
            List<Operation> ops = OperationGenerator.session(seed);
            List<OutboxEntry> stored = ops.stream().map(op -> OutboxEntry.encode(op, codec)).toList();
            String device = "phone-" + seed;
            assertEquals(new String(treeBody(device, ops), StandardCharsets.UTF_8),
                    new String(PushBody.write(device, stored), StandardCharsets.UTF_8), "seed " + seed);
        }
    }

    @Test
    void aDeviceIdIsQuotedAsJacksonQuotesIt() throws Exception {
        Operation op = OperationGenerator.session(7).get(0);
        for (String device : List.of("", "a\"b", "back\\slash", "设备一", "tab\tline\n")) {
            assertEquals(new String(treeBody(device, List.of(op)), StandardCharsets.UTF_8),
                    new String(PushBody.write(device, List.of(OutboxEntry.encode(op, codec))), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anEmptyPushIsAnEmptyList() {
        assertEquals("{\"deviceId\":\"p\",\"operations\":[]}",
                new String(PushBody.write("p", List.of()), StandardCharsets.UTF_8));
    }

    /** The body as the app wrote it before: a tree of the envelope and of each operation. */
    private byte[] treeBody(String deviceId, List<Operation> ops) throws Exception {
        ObjectNode body = mapper.createObjectNode();
        body.put("deviceId", deviceId);
        ArrayNode array = body.putArray("operations");
        ops.forEach(op -> array.add(codec.toTree(op)));
        return mapper.writeValueAsBytes(body);
    }
}
