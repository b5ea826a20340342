package com.handover.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.ItemResult;
import com.handover.model.SignOffDecision;
import com.handover.model.testing.Ops;
import com.handover.model.testing.SnapshotDiff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A sync that brings an inspection findings later than all it held folds them on top of the inspection as it was;
 * whatever could change the earlier findings' order or meaning folds the inspection again whole. Either way the
 * state equals one fold of everything.
 */
class FoldingOnTest {

    private static final long T0 = Instant.parse("2026-10-01T02:00:00Z").toEpochMilli();
    private static final UUID INSPECTION = Ops.id("inspection");
    private static final UUID DEFECT = Ops.id("defect");
    private static final EntityKey INSPECTION_KEY = new EntityKey(EntityKind.INSPECTION, INSPECTION);
    private static final EntityKey DEFECT_KEY = new EntityKey(EntityKind.DEFECT, DEFECT);
    private static final String WALL = "F-LIVING-WALL_FLAT";
    private static final String FLOOR = "F-LIVING-FLOOR_FLAT";

    private final Ops tablet = new Ops("tablet", "inspector", T0);
    private final Ops phone = new Ops("phone", "inspector2", T0);
    private final List<Operation> held = new ArrayList<>();
    private final ReplicaState state = Reducer.reduce(List.of());

    @Test
    void aLaterFindingIsFoldedOnAndLeavesTheInspectionsDefectsAsTheyWere() {
        Operation start = tablet.startInspection(INSPECTION, "LIVING");
        Operation wall = tablet.item(INSPECTION, "LIVING", WALL, ItemResult.FAIL, null);
        sync(start, wall, tablet.openDefect(DEFECT, INSPECTION, "LIVING", WALL));

        Operation floor = tablet.item(INSPECTION, "LIVING", FLOOR, ItemResult.PASS, null);
        Operation wallAgain = tablet.item(INSPECTION, "LIVING", WALL, ItemResult.PASS, wall);
        assertEquals(Set.of(INSPECTION_KEY), sync(floor, wallAgain));
        assertEquals(OpOutcome.SUPERSEDED, state.outcome(wall.id()));
        assertEquals(2, state.inspections().get(INSPECTION).items().size());
    }

    @Test
    void theStateMadeBeforeKeepsItsFindings() {
        sync(tablet.startInspection(INSPECTION, "LIVING"),
                tablet.item(INSPECTION, "LIVING", WALL, ItemResult.FAIL, null));
        var before = state.inspections().get(INSPECTION);

        sync(tablet.item(INSPECTION, "LIVING", FLOOR, ItemResult.PASS, null));
        assertEquals(1, before.items().size(), "a screen showing the earlier state does not see it change");
        assertEquals(2, state.inspections().get(INSPECTION).items().size());
    }

    @Test
    void aSignOffFoldsTheInspectionAndItsDefectsAgain() {
        Operation start = tablet.startInspection(INSPECTION, "LIVING");
        Operation wall = tablet.item(INSPECTION, "LIVING", WALL, ItemResult.FAIL, null);
        Operation defect = tablet.openDefect(DEFECT, INSPECTION, "LIVING", WALL);
        sync(start, wall, defect);

        Set<EntityKey> refolded = sync(tablet.sign(INSPECTION, List.of(start, wall, defect),
                SignOffDecision.ACCEPT_WITH_DEFECTS));
        assertTrue(refolded.contains(DEFECT_KEY), "the defect's fold reads the sign-off: " + refolded);
        sync(tablet.item(INSPECTION, "LIVING", FLOOR, ItemResult.PASS, null));
        assertEquals(OpOutcome.OUTSIDE_SIGNED_RECORD, state.outcome(held.get(held.size() - 1).id()));
    }

    @Test
    void aWriteArrivingAfterTheWriteThatSawItStillComesFirst() {
        Operation start = tablet.startInspection(INSPECTION, "LIVING");
        // Stamped far ahead by a phone whose clock is wrong, and seen by the tablet's correction.
        Operation future = phone.at(T0 + 365L * 24 * 3_600_000).item(INSPECTION, "LIVING", WALL, ItemResult.FAIL, null);
        Operation correction = tablet.at(T0 + 60_000).item(INSPECTION, "LIVING", WALL, ItemResult.PASS, future);
        sync(start, correction);

        sync(future);
        assertEquals(ItemResult.PASS, state.inspections().get(INSPECTION).items().values().iterator().next().result());
        assertEquals(OpOutcome.SUPERSEDED, state.outcome(future.id()));
    }

    @Test
    void aWriteAndTheFutureStampedWriteItSawArrivingTogetherKeepThatOrder() {
        sync(tablet.startInspection(INSPECTION, "LIVING"),
                tablet.item(INSPECTION, "LIVING", FLOOR, ItemResult.PASS, null));
        Operation future = phone.at(T0 + 365L * 24 * 3_600_000).item(INSPECTION, "LIVING", WALL, ItemResult.FAIL, null);
        Operation correction = tablet.at(T0 + 60_000).item(INSPECTION, "LIVING", WALL, ItemResult.PASS, future);

        sync(correction, future);
        assertEquals(ItemResult.PASS, state.inspections().get(INSPECTION).items().get("LIVING/" + WALL).result());
    }

    @Test
    void anEarlierFindingArrivingLateTakesItsPlaceInClockOrder() {
        Operation start = tablet.startInspection(INSPECTION, "LIVING");
        Operation early = phone.at(T0 + 30_000).item(INSPECTION, "LIVING", WALL, ItemResult.FAIL, null);
        Operation late = tablet.at(T0 + 60_000).item(INSPECTION, "LIVING", WALL, ItemResult.PASS, null);
        sync(start, late);

        sync(early);
        assertEquals(ItemResult.PASS, state.inspections().get(INSPECTION).items().values().iterator().next().result());
        assertEquals(1, state.conflicts().size(), "two writes that did not see each other");
    }

    /** Applies {@code ops} to the state, checks it equals one fold of all held so far, returns what was re-folded. */
    private Set<EntityKey> sync(Operation... ops) {
        held.addAll(List.of(ops));
        Set<EntityKey> refolded = Reducer.apply(state, List.of(ops));
        SnapshotDiff.assertSame(Reducer.reduce(held).snapshot(), state.snapshot());
        return refolded;
    }
}
