package com.handover.mobile.sync;

import com.handover.mobile.store.PulledOperation;
import com.handover.model.sync.Hlc;
import java.util.List;

/** One page of operations after a cursor. */
public record PullPage(List<PulledOperation> operations, String nextCursor, boolean hasMore, Hlc serverHlc) {
    public PullPage {
        operations = List.copyOf(operations);
    }
}
