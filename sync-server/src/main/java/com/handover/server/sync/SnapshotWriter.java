package com.handover.server.sync;

import com.handover.model.json.ModelJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a bootstrap snapshot as lines: one {@code {"position":…,"operation":…}} line per operation (the
 * stored canonical JSON, byte for byte), then one closing line {@code {"end":true,"operations":N,
 * "nextCursor":…,"serverHlc":…}}. A device installs the snapshot only when the closing line is there and its
 * count matches, so a snapshot cut off anywhere is never taken for a whole one.
 */
public final class SnapshotWriter {

    private static final byte[] ENTRY_START = "{\"position\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPERATION = ",\"operation\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTRY_END = "}\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private long written;

    public SnapshotWriter(OutputStream out) {
        this.out = out;
    }

    public void entry(long position, String canonicalJson) throws IOException {
        writeEntry(out, position, canonicalJson);
        written++;
    }

    public void end(String nextCursor, String serverHlc) throws IOException {
        out.write(endLine(written, nextCursor, serverHlc));
        out.flush();
    }

    /** One operation's line. */
    static void writeEntry(OutputStream out, long position, String canonicalJson) throws IOException {
        out.write(ENTRY_START);
        out.write(Long.toString(position).getBytes(StandardCharsets.US_ASCII));
        out.write(OPERATION);
        out.write(canonicalJson.getBytes(StandardCharsets.UTF_8));
        out.write(ENTRY_END);
    }

    /** The closing line after {@code operations} operation lines. */
    static byte[] endLine(long operations, String nextCursor, String serverHlc) {
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("end", true);
        end.put("operations", operations);
        end.put("nextCursor", nextCursor);
        end.put("serverHlc", serverHlc);
        try {
            byte[] json = ModelJson.mapper().writeValueAsBytes(end);
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
