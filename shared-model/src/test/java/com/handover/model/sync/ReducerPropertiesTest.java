package com.handover.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.testing.OperationGenerator;
import com.handover.model.testing.SnapshotDiff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reducer's promises, checked on generated sessions: order and duplication of delivery do not matter,
 * replicas merged in either direction agree, incremental application (shuffled, or in clock order as devices
 * sync) equals a full fold, and every operation keeps its place in the record. Each failure names the seed;
 * replay it with {@code -Dhandover.seed=N}.
 */
class ReducerPropertiesTest {

    private static final int CASES = Integer.getInteger("handover.cases", 2_000);

    private interface Property {
        void check(long seed, List<Operation> ops, Random random);
    }

    private static void forAll(String name, Property property) {
        Long only = Long.getLong("handover.seed");
        long base = Long.getLong("handover.baseSeed", 20261128L);
        int cases = only != null ? 1 : CASES;
        for (int i = 0; i < cases; i++) {
            long seed = only != null ? only : base + i * 7919L;
            List<Operation> ops = OperationGenerator.session(seed);
            try {
                property.check(seed, ops, new Random(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(name + " failed for seed " + seed + " (" + ops.size()
                        + " operations); replay with -Dhandover.seed=" + seed + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void anyPermutationOfDeliveryGivesTheSameStateAndConflicts() {
        forAll("permutation", (seed, ops, random) -> {
            ReplicaSnapshot expected = Reducer.reduce(ops).snapshot();
            List<Operation> shuffled = new ArrayList<>(ops);
            Collections.shuffle(shuffled, random);
            SnapshotDiff.assertSame(expected, Reducer.reduce(shuffled).snapshot());
        });
    }

    @Test
    void duplicatedDeliveryChangesNothing() {
        forAll("duplication", (seed, ops, random) -> {
            ReplicaSnapshot expected = Reducer.reduce(ops).snapshot();
            List<Operation> withRepeats = new ArrayList<>(ops);
            for (int i = 0; i < 1 + ops.size() / 3; i++) {
                withRepeats.add(ops.get(random.nextInt(ops.size())));
            }
            Collections.shuffle(withRepeats, random);
            ReplicaState state = Reducer.reduce(withRepeats);
            Reducer.apply(state, ops);
            SnapshotDiff.assertSame(expected, state.snapshot());
        });
    }

    @Test
    void mergingTwoReplicasInEitherDirectionGivesTheSameState() {
        forAll("merge", (seed, ops, random) -> {
            List<Operation> a = new ArrayList<>();
            List<Operation> b = new ArrayList<>();
            for (Operation op : ops) {
                int where = random.nextInt(3);
                if (where != 1) {
                    a.add(op);
                }
                if (where != 0) {
                    b.add(op);
                }
            }
            ReplicaState aThenB = Reducer.reduce(a);
            Reducer.apply(aThenB, b);
            ReplicaState bThenA = Reducer.reduce(b);
            Reducer.apply(bThenA, a);
            SnapshotDiff.assertSame(aThenB.snapshot(), bThenA.snapshot());
            SnapshotDiff.assertSame(Reducer.reduce(ops).snapshot(), aThenB.snapshot());
        });
    }

    @Test
    void applyingInRandomChunksEqualsOneFold() {
        forAll("incremental", (seed, ops, random) -> {
            List<Operation> shuffled = new ArrayList<>(ops);
            Collections.shuffle(shuffled, random);
            SnapshotDiff.assertSame(Reducer.reduce(ops).snapshot(), appliedInChunks(shuffled, 12, random).snapshot());
        });
    }

    /**
     * As devices sync: mostly in clock order, a few at a time, now and then one operation late (its device synced
     * after the others). Inspections are then folded on from where they were, and must still equal one fold.
     */
    @Test
    void applyingMostlyInClockOrderAFewAtATimeEqualsOneFold() {
        forAll("in clock order", (seed, ops, random) -> {
            List<Operation> delivery = new ArrayList<>(ops);
            delivery.sort(Operation.CLOCK_ORDER);
            for (int i = 0; i + 1 < delivery.size(); i++) {
                if (random.nextInt(8) == 0) {
                    delivery.add(Math.min(delivery.size() - 1, i + 1 + random.nextInt(6)), delivery.remove(i));
                }
            }
            SnapshotDiff.assertSame(Reducer.reduce(ops).snapshot(), appliedInChunks(delivery, 4, random).snapshot());
        });
    }

    /** A state that was given {@code delivery} in order, one to {@code mostAtOnce} operations at a time. */
    private static ReplicaState appliedInChunks(List<Operation> delivery, int mostAtOnce, Random random) {
        ReplicaState state = Reducer.reduce(List.of());
        int at = 0;
        while (at < delivery.size()) {
            int next = Math.min(delivery.size(), at + 1 + random.nextInt(mostAtOnce));
            Reducer.apply(state, delivery.subList(at, next));
            at = next;
        }
        return state;
    }

    @Test
    void noOperationDisappearsFromTheRecord() {
        forAll("no loss", (seed, ops, random) -> {
            ReplicaState state = Reducer.reduce(ops);
            assertEquals(new HashSet<>(ops).size(), state.operationCount());
            for (Operation op : ops) {
                assertEquals(op, state.operation(op.id()).orElseThrow());
                assertNotNull(state.outcome(op.id()), "operation " + op.id() + " " + op.type() + " has no outcome");
            }
            assertEquals(ops.size(), state.snapshot().outcomes().size());
        });
    }
    @Test
    void foldingManyRecordsAtOnceOnEveryCoreEqualsFoldingThemInSmallSteps() {
        for (long round = 0; round < 5; round++) {
            List<Operation> all = new ArrayList<>();
            ReplicaState stepwise = Reducer.reduce(List.of());
            for (long seed = round * 1000; seed < round * 1000 + 60; seed++) {
                List<Operation> session = OperationGenerator.session(seed);
                all.addAll(session);
                assertTrue(Reducer.apply(stepwise, session).size() < ReplicaState.PARALLEL_REFOLD_FROM);
            }
            ReplicaState atOnce = Reducer.reduce(List.of());
            int refolded = Reducer.apply(atOnce, all).size();
            assertTrue(refolded >= ReplicaState.PARALLEL_REFOLD_FROM,
                    "enough records to fold in parallel: " + refolded);
            SnapshotDiff.assertSame(stepwise.snapshot(), atOnce.snapshot());
        }
    }
}
