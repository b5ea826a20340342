package com.handover.model.sync.ops;

/** The typed content of one operation. Each implementation checks its own invariants when built. */
public interface Payload {
}
