package com.handover.mobile.store;

import com.handover.model.sync.Operation;

/**
 * An operation as the server handed it out, with its place in the server's total order and, when the page was
 * read from the wire, its canonical JSON exactly as the server sent it (stored as is; null: encoded on store).
 */
public record PulledOperation(long position, Operation operation, String json) {

    public PulledOperation(long position, Operation operation) {
        this(position, operation, null);
    }
}
