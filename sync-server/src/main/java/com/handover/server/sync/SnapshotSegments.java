package com.handover.server.sync;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Sealed snapshot segments, compressed once and kept for the next device with the same scope. A segment spans
 * {@value #SPAN} log positions, {@code (k·SPAN, (k+1)·SPAN]}; once the committed head has passed its end, what it
 * holds for a scope can no longer change (the log only grows, and the positions below the head are all
 * committed). Bounded by the compressed bytes held, least recently used first out. Devices of one scope that
 * ask at the same time (a team starting its day) wait for one compression of a segment instead of each making it.
 */
final class SnapshotSegments {

    /** Log positions a segment spans; a snapshot compresses at most this many positions afresh (its tail). */
    static final int SPAN = 5_000;

    /** Compressed bytes kept at most, across all scopes (a 1,000-unit project's whole snapshot is about 7 MB). */
    static final long MAX_HELD_BYTES = 64L << 20;

    private record Key(String scope, long index) {
    }

    /** A segment just read and compressed, and whether it may be kept (its scope did not change meanwhile). */
    record Built(SnapshotSegment segment, boolean keep) {
    }

    private final Map<Key, SnapshotSegment> segments = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, CompletableFuture<Built>> building = new ConcurrentHashMap<>();
    private final long maxHeldBytes;
    private long held;

    SnapshotSegments(long maxHeldBytes) {
        this.maxHeldBytes = maxHeldBytes;
    }

    /** The segment kept for this scope and span, or null. */
    synchronized SnapshotSegment get(String scope, long index) {
        return segments.get(new Key(scope, index));
    }

    /**
     * The segment kept for this scope and span; else the one another request is building for them, once built;
     * else this request builds it, and keeps it when it may.
     */
    SnapshotSegment get(String scope, long index, Supplier<Built> build) {
        SnapshotSegment kept = get(scope, index);
        if (kept != null) {
            return kept;
        }
        Key key = new Key(scope, index);
        CompletableFuture<Built> mine = new CompletableFuture<>();
        CompletableFuture<Built> other = building.putIfAbsent(key, mine);
        if (other != null) {
            Built theirs = awaitQuietly(other);
            // Theirs failed, or was read under a changed scope: this request builds (or waits for) its own.
            return theirs != null && theirs.keep() ? theirs.segment() : get(scope, index, build);
        }
        Built built;
        try {
            built = build.get();
        } catch (RuntimeException | Error e) {
            building.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        if (built.keep()) {
            put(scope, index, built.segment());
        }
        building.remove(key, mine);
        mine.complete(built);
        return built.segment();
    }

    /** Another request's segment, or null when its building failed (this request then builds its own). */
    private static Built awaitQuietly(CompletableFuture<Built> other) {
        try {
            return other.join();
        } catch (CompletionException e) {
            return null;
        }
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
