package com.handover.mobile.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotLinesTest {

    /** The text arriving {@code step} bytes at a time, so lines and characters are cut wherever a read ends. */
    private static InputStream arriving(String text, int step) {
        return new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static List<String> lines(SnapshotLines lines) throws IOException {
        List<String> out = new ArrayList<>();
        while (lines.next()) {
            out.add(text(lines));
        }
        return out;
    }

    private static String text(SnapshotLines lines) {
        return new String(lines.buffer(), lines.start(), lines.length(), StandardCharsets.UTF_8);
    }

    @Test
    void linesAreHandedOutWholeHoweverTheBytesArrive() throws IOException {
        String text = "{\"position\":1,\"note\":\"客厅墙面空鼓\"}\n\n{\"position\":2}\r\n{\"end\":true}";
        for (int step : new int[] {1, 2, 3, 7, 64 * 1024}) {
            assertEquals(List.of("{\"position\":1,\"note\":\"客厅墙面空鼓\"}", "", "{\"position\":2}", "{\"end\":true}"),
                    lines(new SnapshotLines(arriving(text, step), 64)), "arriving " + step + " bytes at a time");
        }
    }

    @Test
    void aLineLongerThanTheFirstBufferIsHandedOutWhole() throws IOException {
        String longLine = "{\"note\":\"" + "墙".repeat(100_000) + "\"}";
        assertEquals(List.of("before", longLine, "after"),
                lines(new SnapshotLines(arriving("before\n" + longLine + "\nafter\n", 7_000))));
    }

    @Test
    void anEmptyStreamHasNoLines() throws IOException {
        assertFalse(new SnapshotLines(arriving("", 1)).next());
        assertEquals(List.of("a"), lines(new SnapshotLines(arriving("a\n", 1))));
    }

    @Test
    void aLineAsLongAsTheLimitIsRefusedWithTheLimitNamed() throws IOException {
        SnapshotLines lines = new SnapshotLines(arriving("short\n" + "x".repeat(40) + "\nafter\n", 3), 16);
        assertTrue(lines.next());
        assertEquals("short", text(lines));
        IOException refused = assertThrows(IOException.class, lines::next);
        assertEquals("a snapshot line reaches the limit of 16 bytes", refused.getMessage());
        assertEquals(List.of("x".repeat(15)), lines(new SnapshotLines(arriving("x".repeat(15) + "\n", 2), 16)));
    }
}
