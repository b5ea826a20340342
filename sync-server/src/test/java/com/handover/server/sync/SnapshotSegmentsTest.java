package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SnapshotSegmentsTest {

    private static SnapshotSegment ofSize(int bytes) {
        return new SnapshotSegment(new byte[bytes], 1, bytes * 5L, 0);
    }

    @Test
    void theLeastRecentlyUsedSegmentsGoFirstOnceTheBoundIsPassed() {
        SnapshotSegments kept = new SnapshotSegments(1000);
        SnapshotSegment a = ofSize(400);
        SnapshotSegment b = ofSize(400);
        kept.put("everything", 0, a);
        kept.put("everything", 1, b);
        assertSame(a, kept.get("everything", 0)); // a is now the more recently used
        kept.put("projects:ab12", 0, ofSize(400));

        assertNull(kept.get("everything", 1), "the least recently used segment went");
        assertSame(a, kept.get("everything", 0));
        assertEquals(800, kept.heldBytes());
    }

    @Test
    void scopesKeepSegmentsOfTheirOwnAndASegmentLargerThanTheBoundIsNotKept() {
        SnapshotSegments kept = new SnapshotSegments(1000);
        kept.put("projects:ab12", 3, ofSize(10));
        assertNull(kept.get("projects:cd34", 3));
        assertNull(kept.get("projects:ab12", 4));

        kept.put("everything", 0, ofSize(1001));
        assertNull(kept.get("everything", 0));
        assertEquals(10, kept.heldBytes());
    }
}
