package com.handover.model.sync.ops;

import java.util.Set;

/** The typed content of one operation. Each implementation checks its own invariants when built. */
public interface Payload {

    /** The SHA-256 of every photo this payload names: their bytes must reach the server too. */
    default Set<String> namedPhotos() {
        return Set.of();
    }
}
