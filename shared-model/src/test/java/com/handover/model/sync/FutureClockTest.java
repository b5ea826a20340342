package com.handover.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.ItemResult;
import com.handover.model.testing.Ops;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A device whose clock runs a year ahead stamps its writes in the future. A write made after seeing such a
 * write replaces it (it comes after what it saw, whatever the clocks say); a write made without seeing it is a
 * conflict, ordered by clock as any other.
 */
class FutureClockTest {

    private static final long T0 = Instant.parse("2026-10-01T02:00:00Z").toEpochMilli();
    private static final long YEAR = Duration.ofDays(365).toMillis();
    private static final UUID INSPECTION = Ops.id("future-inspection");
    private static final String WALL = "F-LIVING-WALL_FLAT";

    private final Ops tablet = new Ops("tablet", "inspector", T0);
    private final Ops skewed = new Ops("skewed", "inspector2", T0 + YEAR);
    private final Ops office = new Ops("office", "office", T0);

    @Test
    void aWriteThatSawAFutureStampedWriteReplacesIt() {
        Operation start = tablet.startInspection(INSPECTION, "LIVING");
        Operation future = skewed.item(INSPECTION, "LIVING", WALL, ItemResult.FAIL, null);
        Operation correction = office.at(T0 + 60_000).item(INSPECTION, "LIVING", WALL, ItemResult.PASS, future);
        Operation again = tablet.at(T0 + 120_000).item(INSPECTION, "LIVING", WALL, ItemResult.NOT_APPLICABLE,
                correction);

        ReplicaState state = Reducer.reduce(List.of(start, future, correction, again));
        assertEquals(ItemResult.NOT_APPLICABLE, state.inspections().get(INSPECTION).items().values().iterator()
                .next().result());
        assertEquals(OpOutcome.SUPERSEDED, state.outcome(future.id()));
        assertEquals(OpOutcome.SUPERSEDED, state.outcome(correction.id()));
        assertEquals(OpOutcome.APPLIED, state.outcome(again.id()));
        assertTrue(state.conflicts().isEmpty(), state.conflicts().toString());
    }

    @Test
    void aWriteThatDidNotSeeItIsAConflictOrderedByClock() {
        Operation start = tablet.startInspection(INSPECTION, "LIVING");
        Operation future = skewed.item(INSPECTION, "LIVING", WALL, ItemResult.FAIL, null);
        Operation blind = office.at(T0 + 60_000).item(INSPECTION, "LIVING", WALL, ItemResult.PASS, null);

        ReplicaState state = Reducer.reduce(List.of(start, future, blind));
        assertEquals(OpOutcome.APPLIED, state.outcome(future.id()));
        assertEquals(1, state.conflicts().size());
    }

    @Test
    void theResultDoesNotDependOnArrivalOrder() {
        Operation start = tablet.startInspection(INSPECTION, "LIVING");
        Operation future = skewed.item(INSPECTION, "LIVING", WALL, ItemResult.FAIL, null);
        Operation correction = office.at(T0 + 60_000).item(INSPECTION, "LIVING", WALL, ItemResult.PASS, future);
        Operation blind = tablet.at(T0 + 90_000).item(INSPECTION, "LIVING", WALL, ItemResult.NOT_APPLICABLE, null);
        List<Operation> all = new ArrayList<>(List.of(start, future, correction, blind));
        ReplicaState expected = Reducer.reduce(all);
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(all, random);
            ReplicaState incremental = new ReplicaState();
            all.forEach(op -> Reducer.apply(incremental, List.of(op)));
            assertEquals(expected.inspections(), incremental.inspections());
            assertEquals(expected.conflicts(), incremental.conflicts());
        }
    }
}
