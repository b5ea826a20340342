package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.store.OperationLog;
import com.handover.server.web.AnswerCompression;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** A snapshot answer laid together from segments compressed at different times, read back as one gzip member. */
class CompressedSnapshotTest {

    private final ByteArrayOutputStream answer = new ByteArrayOutputStream();
    private Boolean compressed;

    private CompressedSnapshot snapshot() {
        return new CompressedSnapshot(gzip -> {
            compressed = gzip;
            return answer;
        });
    }

    private static List<OperationLog.PagedOperation> rows(long from, int count) {
        List<OperationLog.PagedOperation> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long position = from + i;
            rows.add(new OperationLog.PagedOperation(position,
                    "{\"id\":\"" + UUID.randomUUID() + "\",\"note\":\"第" + position + "项：墙面空鼓\"}"));
        }
        return rows;
    }

    private static byte[] plainLines(List<List<OperationLog.PagedOperation>> parts, byte[] tail) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var part : parts) {
            for (var row : part) {
                SnapshotWriter.writeEntry(out, row.position(), row.json());
            }
        }
        out.write(tail);
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    /** The bytes after the first gzip member's deflate data: its trailer alone when the answer is one member. */
    private static int bytesAfterTheFirstMembersData(byte[] gzip) throws Exception {
        Inflater inflater = new Inflater(true);
        inflater.setInput(Arrays.copyOfRange(gzip, 10, gzip.length));
        byte[] sink = new byte[1 << 16];
        while (!inflater.finished()) {
            inflater.inflate(sink);
        }
        int remaining = inflater.getRemaining();
        inflater.end();
        return remaining;
    }

    @Test
    void segmentsAndATailMakeOneGzipMemberHoldingExactlyTheLines() throws Exception {
        var first = rows(1, 400);
        var empty = rows(401, 0);
        var third = rows(900, 250);
        var tailRows = rows(1200, 30);
        byte[] tail = plainLines(List.of(tailRows), SnapshotWriter.endLine(680, "1229.", "hlc"));

        CompressedSnapshot s = snapshot();
        s.add(SnapshotSegment.of(first));
        s.add(SnapshotSegment.of(empty));
        s.add(SnapshotSegment.of(third));
        assertEquals(650, s.operations());
        s.finish(tail);

        assertTrue(compressed);
        byte[] gzip = answer.toByteArray();
        assertArrayEquals(plainLines(List.of(first, third), tail), gunzip(gzip));
        assertEquals(8, bytesAfterTheFirstMembersData(gzip), "one member: the data, then only its trailer");
    }

    @Test
    void theSameSegmentServesManyAnswers() throws Exception {
        var keptRows = rows(1, 100);
        SnapshotSegment kept = SnapshotSegment.of(keptRows);
        for (int tailLength : new int[] {0, 40}) {
            answer.reset();
            var tailRows = rows(101, tailLength);
            byte[] tail = plainLines(List.of(tailRows), SnapshotWriter.endLine(100 + tailLength, "x.", "hlc"));
            CompressedSnapshot s = snapshot();
            s.add(kept);
            s.finish(tail);
            assertArrayEquals(plainLines(List.of(keptRows), tail), gunzip(answer.toByteArray()));
        }
    }

    @Test
    void anAnswerUnderTheCompressionThresholdGoesOutPlain() throws Exception {
        var few = rows(1, 2);
        byte[] tail = SnapshotWriter.endLine(2, "2.", "hlc");
        CompressedSnapshot s = snapshot();
        s.add(SnapshotSegment.of(few));
        s.finish(tail);

        assertFalse(compressed);
        byte[] plain = plainLines(List.of(few), tail);
        assertTrue(plain.length < AnswerCompression.MIN_COMPRESSED_BYTES);
        assertArrayEquals(plain, answer.toByteArray());
    }

    @Test
    void anEmptySnapshotIsItsClosingLineAlone() throws Exception {
        byte[] tail = SnapshotWriter.endLine(0, "0.", "hlc");
        snapshot().finish(tail);
        assertFalse(compressed);
        assertArrayEquals(tail, answer.toByteArray());
    }

    @Test
    void aLongTailAloneIsCompressed() throws Exception {
        var tailRows = rows(1, 300);
        byte[] tail = plainLines(List.of(tailRows), SnapshotWriter.endLine(300, "300.", "hlc"));
        snapshot().finish(tail);
        assertTrue(compressed);
        assertArrayEquals(tail, gunzip(answer.toByteArray()));
    }
}
