package com.handover.model.sync;

import java.security.SecureRandom;
import java.util.UUID;

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
        if (unixMillis < 0 || unixMillis >= (1L << 48)) {
            throw new IllegalArgumentException("milliseconds out of the 48-bit range: " + unixMillis);
        }
        long random = RANDOM.nextLong();
        long high = (unixMillis << 16) | 0x7000L | (random & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
