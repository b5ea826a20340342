package com.handover.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.TextShapes;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7LowerCaseUniqueAndSortByTheirMillisecond() {
        Set<UUID> seen = new HashSet<>();
        String previous = "";
        for (long ms = 1_700_000_000_000L; ms < 1_700_000_000_000L + 2_000; ms++) {
            UUID id = TimeOrderedIds.next(ms);
            String text = id.toString();
            assertEquals(7, id.version());
            assertEquals(2, id.variant());
            assertTrue(TextShapes.lowerCaseUuid(text), text);
            assertEquals(ms, id.getMostSignificantBits() >>> 16);
            assertTrue(text.compareTo(previous) > 0, text + " after " + previous);
            assertTrue(seen.add(id));
            previous = text;
        }
    }

    @Test
    void aSeededGeneratorGivesTheSameIdsAgain() {
        UUID first = TimeOrderedIds.next(1_700_000_000_000L, new Random(7));
        assertEquals(first, TimeOrderedIds.next(1_700_000_000_000L, new Random(7)));
        assertEquals(7, first.version());
        assertEquals(2, first.variant());
        assertNotEquals(first, TimeOrderedIds.next(1_700_000_000_000L, new Random(8)));
    }

    @Test
    void refusesMillisecondsOutsideFortyEightBits() {
        assertThrows(IllegalArgumentException.class, () -> TimeOrderedIds.next(-1));
        assertThrows(IllegalArgumentException.class, () -> TimeOrderedIds.next(1L << 48));
    }
}
