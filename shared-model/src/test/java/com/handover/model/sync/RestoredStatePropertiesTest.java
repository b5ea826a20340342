package com.handover.model.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.json.FoldedRecordCodec;
import com.handover.model.testing.ListOperationSource;
import com.handover.model.testing.OperationGenerator;
import com.handover.model.testing.SnapshotDiff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A device opens on its stored folds instead of folding its whole log again. Whatever point the folds were
 * stored at, the restored state, with the rest of the log applied, is the state a fold of everything gives,
 * down to each record's history, each operation's outcome and the write each field's next change names.
 */
class RestoredStatePropertiesTest {

    private static final int CASES = Integer.getInteger("handover.cases", 600);
    private static final FoldedRecordCodec CODEC = new FoldedRecordCodec();

    @Test
    void aStateRestoredFromStoredFoldsThenAppliedToEqualsOneFoldOfEverything() {
        long base = Long.getLong("handover.baseSeed", 20261205L);
        for (int i = 0; i < CASES; i++) {
            long seed = base + i * 7919L;
            List<Operation> ops = OperationGenerator.session(seed);
            try {
                check(ops, new Random(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + " (" + ops.size() + " operations): " + e.getMessage(), e);
            }
        }
    }

    private static void check(List<Operation> ops, Random random) {
        List<Operation> shuffled = new ArrayList<>(ops);
        Collections.shuffle(shuffled, random);
        int storedAt = random.nextInt(shuffled.size() + 1);
        List<Operation> stored = shuffled.subList(0, storedAt);
        List<Operation> rest = shuffled.subList(storedAt, shuffled.size());

        ListOperationSource source = new ListOperationSource(stored);
        ReplicaState restored = Reducer.restore(storedFolds(Reducer.reduce(stored), stored), source);
        assertTrue(source.recordsRead().isEmpty(), "restoring reads no operations");
        int at = 0;
        while (at < rest.size()) {
            int next = Math.min(rest.size(), at + 1 + random.nextInt(12));
            Reducer.apply(restored, rest.subList(at, next));
            at = next;
        }

        ReplicaState whole = Reducer.reduce(ops);
        SnapshotDiff.assertSame(whole.snapshot(), restored.snapshot());
        assertEquals(whole.operationCount(), restored.operationCount(), "operations held");
        for (Operation op : ops) {
            assertEquals(whole.outcome(op.id()), restored.outcome(op.id()), "outcome of " + op.id());
            assertEquals(whole.operationsOf(op.entityKind(), op.entity()),
                    restored.operationsOf(op.entityKind(), op.entity()), "history of " + op.entity());
            if (op.field() != null) {
                assertEquals(whole.inEffect(op.entityKind(), op.entity(), op.field()),
                        restored.inEffect(op.entityKind(), op.entity(), op.field()), "in effect on " + op.field());
            }
        }
        assertEquals(new LinkedHashSet<>(whole.operations()), new LinkedHashSet<>(restored.operations()));
    }

    /**
     * A round stores again the records it touched. A restored record is stored as it was restored, in the same
     * bytes a fold of everything stores, without reading its operations: its outcomes are not stored.
     */
    @Test
    void aRestoredRecordIsStoredAgainWithoutReadingItsOperations() {
        long base = Long.getLong("handover.baseSeed", 20261205L);
        for (int i = 0; i < CASES / 3; i++) {
            List<Operation> ops = OperationGenerator.session(base + i * 7919L);
            ReplicaState whole = Reducer.reduce(ops);
            ListOperationSource source = new ListOperationSource(ops);
            ReplicaState restored = Reducer.restore(storedFolds(whole, ops), source);
            Set<EntityKey> keys = new TreeSet<>();
            ops.forEach(op -> keys.add(EntityKey.of(op)));
            for (EntityKey key : keys) {
                FoldedRecord stored = restored.storable(key);
                assertTrue(stored.outcomes().isEmpty(), "no outcomes stored for " + key);
                assertArrayEquals(CODEC.encode(whole.folded(key)), CODEC.encode(stored), "stored bytes of " + key);
            }
            assertTrue(source.recordsRead().isEmpty(), "operations read to store: " + source.recordsRead());
        }
    }

    /** Every record the stored operations name, folded, written as a device stores it and read back. */
    private static List<FoldedRecord> storedFolds(ReplicaState state, List<Operation> stored) {
        Set<EntityKey> keys = new TreeSet<>();
        stored.forEach(op -> keys.add(EntityKey.of(op)));
        return keys.stream().map(k -> CODEC.decode(k, CODEC.encode(state.folded(k)))).toList();
    }
}
