package com.handover.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A page of the log after a cursor. */
public record PullResult(List<Entry> operations, String nextCursor, boolean hasMore, String serverHlc) {

    public record Entry(long position, JsonNode operation) {
    }
}
