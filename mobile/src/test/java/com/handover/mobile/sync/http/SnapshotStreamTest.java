package com.handover.mobile.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.store.PulledOperation;
import com.handover.mobile.store.Snapshot;
import com.handover.model.ItemResult;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.protocol.ProtocolExamples;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SnapshotStreamTest {

    private final OperationCodec codec = new OperationCodec();

    private String entries(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            Operation op = new Operation(UUID.randomUUID(), OperationType.INSPECTION_ITEM_RECORDED, UUID.randomUUID(),
                    new Hlc(1_700_000_000_000L + i, 0, "dev-a"), "insp", "dev-a", null,
                    new InspectionOps.ItemRecorded("LIVING", "F-LIVING-WALL_FLAT", ItemResult.PASS, null, "第" + i + "项"));
            sb.append("{\"position\":").append(i).append(",\"operation\":").append(codec.toJson(op)).append("}\n");
        }
        return sb.toString();
    }

    private static String end(long count) {
        return "{\"end\":true,\"operations\":" + count + ",\"nextCursor\":\"" + count
                + ".00000000000000ab\",\"serverHlc\":\"0001700000001000.000000.server\"}\n";
    }

    private final AtomicInteger closed = new AtomicInteger();

    /** The snapshot as the server sends it, arriving a few bytes at a time as over a slow connection. */
    private SnapshotStream snapshot(String text, boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : bytes) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        InputStream arriving = new FilterInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        return new SnapshotStream(arriving, gzip, ModelJson.mapper(), new PullPageReader(ModelJson.mapper(), codec),
                closed::incrementAndGet);
    }

    @Test
    void aWholeSnapshotIsHandedOverInPagesWithItsExactTextAndItsClosingLine() throws IOException {
        int count = Snapshot.PAGE * 2 + 3;
        String body = entries(count);
        for (boolean gzip : new boolean[] {false, true}) {
            List<Integer> sizes = new ArrayList<>();
            List<PulledOperation> all = new ArrayList<>();
            Snapshot.End end;
            try (SnapshotStream snapshot = snapshot(body + end(count), gzip)) {
                end = snapshot.read(page -> {
                    sizes.add(page.size());
                    all.addAll(page);
                });
            }
            assertEquals(List.of(Snapshot.PAGE, Snapshot.PAGE, 3), sizes);
            assertEquals(count, end.operations());
            assertEquals(count + ".00000000000000ab", end.nextCursor());
            assertEquals(1, all.get(0).position());
            assertEquals(codec.toJson(all.get(5).operation()), all.get(5).json());
            assertTrue(end.serverClock() != null);
        }
    }

    @Test
    void aSnapshotWithoutItsClosingLineOrWithAnotherCountIsRefused() throws IOException {
        String body = entries(5);
        try (SnapshotStream cut = snapshot(body, true)) {
            IOException e = assertThrows(IOException.class, () -> cut.read(page -> { }));
            assertTrue(e.getMessage().contains("before its closing line"), e.getMessage());
        }
        try (SnapshotStream cutMidLine = snapshot(body.substring(0, body.length() - 40), false)) {
            assertThrows(IOException.class, () -> cutMidLine.read(page -> { }));
        }
        try (SnapshotStream miscounted = snapshot(body + end(6), false)) {
            IOException e = assertThrows(IOException.class, () -> miscounted.read(page -> { }));
            assertTrue(e.getMessage().contains("announces 6"), e.getMessage());
        }
        try (SnapshotStream trailing = snapshot(body + end(5) + entries(1), false)) {
            assertThrows(IOException.class, () -> trailing.read(page -> { }));
        }
    }

    @Test
    void theProtocolsClosingLineIsReadAsTheDocumentSays() throws IOException {
        String golden = ProtocolExamples.tree("messages/bootstrap-end.json").toString();
        String body = entries(3);
        try (SnapshotStream announcesMore = snapshot(body + golden + "\n", false)) {
            IOException e = assertThrows(IOException.class, () -> announcesMore.read(page -> { }));
            assertTrue(e.getMessage().contains("announces 147800"), e.getMessage());
        }
        String matching = golden.replace("147800", "3");
        try (SnapshotStream whole = snapshot(body + matching + "\n", true)) {
            Snapshot.End end = whole.read(page -> { });
            assertEquals("148213.bd182bd74dc28307", end.nextCursor());
            assertEquals(Hlc.parse("0001773472502000.000000.srv-1"), end.serverClock());
        }
    }

    @Test
    void closingLetsGoOfTheConnection() throws IOException {
        SnapshotStream snapshot = snapshot(end(0), false);
        assertEquals(0, snapshot.read(page -> { }).operations());
        assertEquals(0, closed.get());
        snapshot.close();
        assertEquals(1, closed.get());
    }
}
