package com.handover.server.sync;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;

/** A page of the log after a cursor. */
public record PullResult(List<Entry> operations, String nextCursor, boolean hasMore, String serverHlc) {

    /** {@code operation} is the stored canonical JSON, written into the answer as it is. */
    public record Entry(long position, @JsonRawValue String operation) {
    }
}
