package com.handover.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark runs end to end on a small stream (the full 150,000 operations is a manual run). */
class PushBenchmarkTest {

    @Test
    void aSmallRunPushesEveryOperationAndMeasuresBothSides() throws Exception {
        PushBenchmark.Result r = PushBenchmark.run(3000, 500, 1);
        assertEquals(3000, r.operations());
        assertTrue(r.pushSeconds() > 0 && r.rawSeconds() > 0);
        assertTrue(r.foldedSeconds() >= r.pushSeconds(), "the fold is timed to its end, after the pushes");
        assertTrue(r.pushRate() > 0);
    }

    @Test
    void devicesPushingAtOnceEachPushTheirShare() throws Exception {
        PushBenchmark.Result r = PushBenchmark.run(3001, 500, 3);
        assertEquals(3001, r.operations());
        assertEquals(3, r.pushers());
        assertTrue(r.pushRate() > 0);
    }
}
