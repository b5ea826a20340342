package com.handover.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.sync.OpOutcome;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaSnapshot;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated sessions must hold the situations the reducer properties are about, or the properties prove little. */
class OperationGeneratorTest {

    @Test
    void theSameSeedGivesTheSameSession() {
        assertEquals(OperationGenerator.session(42), OperationGenerator.session(42));
    }

    @Test
    void sessionsCoverEveryOperationTypeAndEveryOutcome() {
        EnumSet<OperationType> types = EnumSet.noneOf(OperationType.class);
        Map<OpOutcome.Kind, Integer> outcomes = new EnumMap<>(OpOutcome.Kind.class);
        int conflicts = 0;
        int signed = 0;
        for (long seed = 0; seed < 300; seed++) {
            var ops = OperationGenerator.session(seed);
            ops.stream().map(Operation::type).forEach(types::add);
            ReplicaSnapshot s = Reducer.reduce(ops).snapshot();
            s.outcomes().values().forEach(o -> outcomes.merge(o.kind(), 1, Integer::sum));
            conflicts += s.conflicts().size();
            assertEquals(s.conflicts().size(), new java.util.HashSet<>(s.conflicts()).size(), "a conflict recorded twice");
            signed += (int) s.inspections().values().stream().filter(i -> i.signed()).count();
        }
        assertEquals(EnumSet.allOf(OperationType.class), types);
        for (OpOutcome.Kind kind : EnumSet.of(OpOutcome.Kind.APPLIED, OpOutcome.Kind.SUPERSEDED,
                OpOutcome.Kind.REJECTED_BY_RULE, OpOutcome.Kind.OUTSIDE_SIGNED_RECORD)) {
            assertTrue(outcomes.getOrDefault(kind, 0) > 50, kind + " seen only " + outcomes.get(kind) + " times");
        }
        assertTrue(conflicts > 100, "only " + conflicts + " conflicts generated");
        assertTrue(signed > 50, "only " + signed + " signed inspections generated");
    }
}
