package com.handover.mobile.store;

import com.handover.model.sync.Operation;

/** An operation as the server handed it out, with its place in the server's total order. */
public record PulledOperation(long position, Operation operation) {
}
