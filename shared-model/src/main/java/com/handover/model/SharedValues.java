package com.handover.model;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each short text and id that recurs across the operations and folded records a replica holds: the
 * record an operation is about, the person and device that recorded it, its clock's node, a room's key and an item's
 * code. A replica holds every operation of its scope while it folds them (147,800 after a first sync of a 1,000-unit
 * project), and each would otherwise hold its own copies; the garbage collector then copies all of them while they
 * survive, which cost a phone's first sync more time than its decoding did ({@code FirstSyncBenchmark}). Bounded:
 * once it holds {@value #LIMIT} values it starts again empty, so texts that never recur cost no more than that.
 */
public final class SharedValues {

    /** Values held at most. */
    public static final int LIMIT = 16_384;

    /** Longest text shared; longer ones (a note, a description) rarely recur. */
    public static final int MAX_TEXT_LENGTH = 64;

    private static final ConcurrentHashMap<Object, Object> HELD = new ConcurrentHashMap<>();

    private SharedValues() {
    }

    /** The held text equal to {@code text}, or {@code text} itself; null for null. */
    public static String shared(String text) {
        return text == null || text.length() > MAX_TEXT_LENGTH ? text : (String) held(text);
    }

    /** The held id equal to {@code id}, or {@code id} itself; null for null. */
    public static UUID shared(UUID id) {
        return id == null ? null : (UUID) held(id);
    }

    /** How many values are held now. */
    static int size() {
        return HELD.size();
    }

    private static Object held(Object value) {
        Object held = HELD.get(value);
        if (held != null) {
            return held;
        }
        if (HELD.size() >= LIMIT) {
            HELD.clear();
        }
        held = HELD.putIfAbsent(value, value);
        return held == null ? value : held;
    }
}
