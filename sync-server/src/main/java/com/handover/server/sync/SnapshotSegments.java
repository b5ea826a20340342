package com.handover.server.sync;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sealed snapshot segments, compressed once and kept for the next device with the same scope. A segment spans
 * {@value #SPAN} log positions, {@code (k·SPAN, (k+1)·SPAN]}; once the committed head has passed its end, what it
 * holds for a scope can no longer change (the log only grows, and the positions below the head are all
 * committed). Bounded by the compressed bytes held, least recently used first out.
 */
final class SnapshotSegments {

    /** Log positions a segment spans; a snapshot compresses at most this many positions afresh (its tail). */
    static final int SPAN = 5_000;

    /** Compressed bytes kept at most, across all scopes (a 1,000-unit project's whole snapshot is about 7 MB). */
    static final long MAX_HELD_BYTES = 64L << 20;

    private record Key(String scope, long index) {
    }

    private final Map<Key, SnapshotSegment> segments = new LinkedHashMap<>(64, 0.75f, true);
    private final long maxHeldBytes;
    private long held;

    SnapshotSegments(long maxHeldBytes) {
        this.maxHeldBytes = maxHeldBytes;
    }

    /** The segment kept for this scope and span, or null. */
    synchronized SnapshotSegment get(String scope, long index) {
        return segments.get(new Key(scope, index));
    }

    /** Keeps a sealed segment of this scope, letting go of the least recently used ones beyond the bound. */
    synchronized void put(String scope, long index, SnapshotSegment segment) {
        if (segment.size() > maxHeldBytes) {
            return;
        }
        SnapshotSegment old = segments.put(new Key(scope, index), segment);
        held += segment.size() - (old == null ? 0 : old.size());
        Iterator<SnapshotSegment> eldest = segments.values().iterator();
        while (held > maxHeldBytes && eldest.hasNext()) {
            held -= eldest.next().size();
            eldest.remove();
        }
    }

    synchronized long heldBytes() {
        return held;
    }
}
