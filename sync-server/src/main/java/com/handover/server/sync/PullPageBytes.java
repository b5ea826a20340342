package com.handover.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.handover.model.json.ModelJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A pull answer as the bytes sent: each operation's stored canonical JSON copied in as it is, inside the same
 * envelope {@code ModelJson} would write for a {@link PullResult} ({@code operations}, {@code nextCursor},
 * {@code hasMore}, then {@code serverHlc} when there is one), without running the page through a JSON writer.
 */
public final class PullPageBytes {

    private static final byte[] START = ascii("{\"operations\":[");
    private static final byte[] ENTRY_START = ascii("{\"position\":");
    private static final byte[] OPERATION = ascii(",\"operation\":");
    private static final byte[] NEXT_CURSOR = ascii("],\"nextCursor\":");
    private static final byte[] HAS_MORE = ascii(",\"hasMore\":");
    private static final byte[] SERVER_HLC = ascii(",\"serverHlc\":");

    private PullPageBytes() {
    }

    public static byte[] of(PullResult page) {
        int size = 96;
        for (PullResult.Entry e : page.operations()) {
            size += e.operation().length() + 48;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(START);
        boolean first = true;
        for (PullResult.Entry e : page.operations()) {
            if (!first) {
                out.write(',');
            }
            first = false;
            out.writeBytes(ENTRY_START);
            out.writeBytes(ascii(Long.toString(e.position())));
            out.writeBytes(OPERATION);
            out.writeBytes(e.operation().getBytes(StandardCharsets.UTF_8));
            out.write('}');
        }
        out.writeBytes(NEXT_CURSOR);
        out.writeBytes(jsonString(page.nextCursor()));
        out.writeBytes(HAS_MORE);
        out.writeBytes(ascii(Boolean.toString(page.hasMore())));
        if (page.serverHlc() != null) {
            out.writeBytes(SERVER_HLC);
            out.writeBytes(jsonString(page.serverHlc()));
        }
        out.write('}');
        return out.toByteArray();
    }

    private static byte[] jsonString(String text) {
        try {
            return ModelJson.mapper().writeValueAsBytes(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string could not be written as JSON", e);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
