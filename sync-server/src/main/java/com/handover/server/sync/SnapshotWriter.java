package com.handover.server.sync;

import com.handover.model.json.ModelJson;
import java.io.IOException;
import java.io.OutputStream;
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
        out.write(ENTRY_START);
        out.write(Long.toString(position).getBytes(StandardCharsets.US_ASCII));
        out.write(OPERATION);
        out.write(canonicalJson.getBytes(StandardCharsets.UTF_8));
        out.write(ENTRY_END);
        written++;
    }

    public void end(String nextCursor, String serverHlc) throws IOException {
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("end", true);
        end.put("operations", written);
        end.put("nextCursor", nextCursor);
        end.put("serverHlc", serverHlc);
        out.write(ModelJson.mapper().writeValueAsBytes(end));
        out.write('\n');
        out.flush();
    }

    long written() {
        return written;
    }
}
