package com.handover.model.sync;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Operation ids that sort by the time they were minted (UUID version 7, RFC 9562): 48 bits of Unix milliseconds,
 * then 74 random bits. Operations recorded one after another get ids that follow each other, so an index on the
 * id grows at its end instead of being written all over; the ids stay unguessable and collision-free in practice.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    /** A new id for an operation minted at {@code unixMillis}. */
    public static UUID next(long unixMillis) {
        return next(unixMillis, RANDOM);
    }

    /**
     * A new id for an operation minted at {@code unixMillis}, its random bits drawn from {@code random}: a seeded
     * generator gives a repeatable stream of ids (benchmarks, generated histories).
     */
    public static UUID next(long unixMillis, RandomGenerator random) {
        if (unixMillis < 0 || unixMillis >= (1L << 48)) {
            throw new IllegalArgumentException("milliseconds out of the 48-bit range: " + unixMillis);
        }
        long high = (unixMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
