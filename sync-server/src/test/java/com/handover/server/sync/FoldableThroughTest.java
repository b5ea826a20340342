package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which operations one fold transaction takes: a run handed over by the pushes, or a stretch read from the log. */
class FoldableThroughTest {

    private static TreeMap<Long, String> handedOver(long... positions) {
        TreeMap<Long, String> held = new TreeMap<>();
        for (long p : positions) {
            held.put(p, "op " + p);
        }
        return held;
    }

    @Test
    void everythingHandedOverIsFoldedAtOnce() {
        assertEquals(9, StateFolder.foldableThrough(handedOver(6, 7, 8, 9, 10), 5, 9));
    }

    @Test
    void aRunHandedOverStopsAtItsFirstGap() {
        assertEquals(7, StateFolder.foldableThrough(handedOver(6, 7, 9, 10), 5, 10));
    }

    @Test
    void aStretchNotHandedOverIsReadUpToTheNextOperationThatWas() {
        assertEquals(8, StateFolder.foldableThrough(handedOver(9, 10), 5, 10));
    }

    @Test
    void nothingHandedOverReadsTheWholeStretch() {
        assertEquals(10, StateFolder.foldableThrough(handedOver(), 5, 10));
        assertEquals(10, StateFolder.foldableThrough(handedOver(2, 3, 4, 5, 11), 5, 10),
                "what was folded already, or lies past the head, does not count");
    }
}
