package com.handover.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.sync.EntityKey;
import com.handover.model.sync.FoldedRecord;
import com.handover.model.sync.Operation;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.testing.OperationGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A device's stored folds read back as they were written, and a damaged one is refused rather than misread. */
class FoldedRecordCodecTest {

    private final FoldedRecordCodec codec = new FoldedRecordCodec();

    @Test
    void everyKindOfRecordReadsBackWithItsStateAndConflicts() {
        int inspectionsWithAnswers = 0;
        for (long seed = 1; seed <= 300; seed++) {
            List<Operation> ops = OperationGenerator.session(seed);
            ReplicaState state = Reducer.reduce(ops);
            Set<EntityKey> keys = new TreeSet<>();
            ops.forEach(op -> keys.add(EntityKey.of(op)));
            for (EntityKey key : keys) {
                FoldedRecord folded = state.folded(key);
                FoldedRecord read = codec.decode(key, codec.encode(folded));
                assertEquals(folded.state(), read.state(), "state of " + key + ", seed " + seed);
                assertEquals(folded.conflicts(), read.conflicts(), "conflicts of " + key + ", seed " + seed);
                if (folded.state() instanceof InspectionState i && !i.items().isEmpty()) {
                    inspectionsWithAnswers++;
                    assertEquals(List.copyOf(i.items().keySet()),
                            List.copyOf(((InspectionState) read.state()).items().keySet()), "answers in fold order");
                }
            }
        }
        assertTrue(inspectionsWithAnswers > 100, "the sessions hold answered inspections: " + inspectionsWithAnswers);
    }

    @Test
    void aCutOrAlteredRecordIsRefused() {
        List<Operation> ops = OperationGenerator.session(42);
        EntityKey key = ops.stream().filter(op -> op.type().name().equals("INSPECTION_STARTED"))
                .map(EntityKey::of).findFirst().orElseThrow();
        byte[] whole = codec.encode(Reducer.reduce(ops).folded(key));
        for (int cut : new int[] {1, 5, whole.length / 2, whole.length - 1}) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThrows(IllegalArgumentException.class, () -> codec.decode(key, part), "cut at " + cut);
        }
        byte[] otherFormat = whole.clone();
        otherFormat[0] = 9;
        assertThrows(IllegalArgumentException.class, () -> codec.decode(key, otherFormat));
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertThrows(IllegalArgumentException.class, () -> codec.decode(key, longer));
    }
}
