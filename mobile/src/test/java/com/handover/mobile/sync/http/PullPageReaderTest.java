package com.handover.mobile.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.store.PulledOperation;
import com.handover.mobile.sync.PullPage;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.json.OperationFormatException;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.ItemResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PullPageReaderTest {

    private final OperationCodec codec = new OperationCodec();
    private final PullPageReader reader = new PullPageReader(ModelJson.mapper(), codec);

    private PullPage read(String text, String cursor) throws IOException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), cursor);
    }

    private PulledOperation entry(String line) throws IOException {
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        return reader.entry(utf8, 0, utf8.length);
    }

    private Operation item(String room) {
        return new Operation(UUID.randomUUID(), OperationType.INSPECTION_ITEM_RECORDED, UUID.randomUUID(),
                new Hlc(1_700_000_000_000L, 2, "dev-a"), "insp", "dev-a", null,
                new InspectionOps.ItemRecorded(room, "F-LIVING-WALL_FLAT", ItemResult.FAIL, 2.5, "裂缝「客厅」"));
    }

    @Test
    void keepsEachOperationAsTheExactTextTheServerSent() throws IOException {
        Operation a = item("LIVING");
        Operation b = item("BEDROOM_1");
        String text = "{\"operations\":[{\"position\":7,\"operation\":" + codec.toJson(a) + "},"
                + "{\"operation\":" + codec.toJson(b) + ",\"position\":8,\"later\":[1,{\"x\":2}]}],"
                + "\"nextCursor\":\"8.00000000000000ab\",\"hasMore\":true,\"serverHlc\":\"1700000000001-0000-server\","
                + "\"unknown\":{\"a\":[1]}}";
        var page = read(text, "");
        assertEquals(2, page.operations().size());
        assertEquals(7, page.operations().get(0).position());
        assertEquals(a, page.operations().get(0).operation());
        assertEquals(codec.toJson(a), page.operations().get(0).json());
        assertEquals(8, page.operations().get(1).position());
        assertEquals(codec.toJson(b), page.operations().get(1).json());
        assertEquals("8.00000000000000ab", page.nextCursor());
        assertTrue(page.hasMore());
    }

    @Test
    void anOperationNotInTheCanonicalOrderIsReadAsSentAndABadOneRefusedWhereverItStands() throws IOException {
        Operation a = item("LIVING");
        Operation b = item("BEDROOM_1");
        String json = codec.toJson(b);
        String payloadFirst = "{\"payload\":" + json.substring(json.indexOf(",\"payload\":") + 11, json.length() - 1)
                + "," + json.substring(1, json.indexOf(",\"payload\":")) + "}";
        String text = "{\"operations\":[{\"position\":7,\"operation\":" + codec.toJson(a) + "},"
                + "{\"position\":8,\"operation\":" + payloadFirst + "},"
                + "{\"position\":9,\"operation\":" + codec.toJson(a) + "}],\"hasMore\":false}";
        var page = read(text, "");
        assertEquals(3, page.operations().size());
        assertEquals(b, page.operations().get(1).operation());
        assertEquals(payloadFirst, page.operations().get(1).json(), "kept as the server sent it");
        assertEquals(9, page.operations().get(2).position());
        assertEquals(a, page.operations().get(2).operation());

        String twiceInPayload = codec.toJson(b).replace("\"room\":", "\"note\":\"x\",\"room\":");
        String bad = "{\"operations\":[{\"position\":7,\"operation\":" + codec.toJson(a) + "},"
                + "{\"position\":8,\"operation\":" + twiceInPayload + "}],\"hasMore\":false}";
        assertThrows(IOException.class, () -> read(bad, ""), "a name given twice is not JSON the page may hold");
        String invalid = bad.replace(twiceInPayload, codec.toJson(b).replace("BEDROOM_1", "bedroom"));
        assertThrows(OperationFormatException.class, () -> read(invalid, ""), "a room that is no room key");
    }

    @Test
    void anEmptyPageKeepsTheCursorItWasAskedFor() throws IOException {
        var page = read("{\"operations\":[],\"hasMore\":false}", "41");
        assertEquals("41", page.nextCursor());
        assertEquals(0, page.operations().size());
    }

    @Test
    void anUnreadableOperationOrAnswerIsRefused() {
        assertThrows(OperationFormatException.class, () -> read(
                "{\"operations\":[{\"position\":1,\"operation\":{\"id\":\"x\"}}]}", ""));
        assertThrows(IOException.class, () -> read("{\"operations\":[{\"position\":1}]}", ""));
        assertThrows(IOException.class, () -> read("[]", ""));
        assertThrows(IOException.class, () -> read("{\"operations\":[", ""));
    }

    @Test
    void aSnapshotLineReadsTheSameWhetherItIsExactlyAsWrittenOrNot() throws IOException {
        Operation a = item("LIVING");
        String op = codec.toJson(a);
        for (String line : new String[] {
                "{\"position\":12,\"operation\":" + op + "}",
                "{ \"position\": 12, \"operation\": " + op + " }",
                "{\"operation\":" + op + ",\"position\":12}",
                "{\"position\":12,\"operation\":" + op + ",\"later\":{\"x\":\"}\"}}"}) {
            var entry = entry(line);
            assertEquals(12, entry.position(), line);
            assertEquals(a, entry.operation(), line);
            assertEquals(op, entry.json(), "the operation's own text is kept, nothing around it: " + line);
        }
        assertThrows(IOException.class, () -> entry("{\"position\":012,\"operation\":" + op + "}"),
                "a position with a leading zero is not JSON");
        assertThrows(IOException.class, () -> entry("{\"position\":12,\"operation\":" + op + "} {}"));
        assertThrows(OperationFormatException.class,
                () -> entry("{\"position\":12,\"operation\":{\"id\":\"x\"}}"));
    }
}
