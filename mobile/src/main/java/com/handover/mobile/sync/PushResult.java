package com.handover.mobile.sync;

import com.handover.model.sync.Hlc;
import java.util.List;
import java.util.UUID;

/** The server's answer to one pushed batch: one result per operation, in request order. */
public record PushResult(List<OpResult> results, Hlc serverHlc) {

    public enum Status { ACCEPTED, DUPLICATE, REJECTED }

    public record OpResult(UUID id, Status status, Long position, String code, String message) {
        /** The server holds this operation: it counts as synced. */
        public boolean stored() {
            return status == Status.ACCEPTED || status == Status.DUPLICATE;
        }
    }

    public PushResult {
        results = List.copyOf(results);
    }
}
