package com.handover.model.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.handover.model.ItemResult;
import com.handover.model.SignOffDecision;
import com.handover.model.sync.Operation;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.state.SignOff;
import com.handover.model.testing.Ops;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignOffVerifierTest {

    private static final UUID INSPECTION = Ops.id("inspection");
    private final Ops tablet = new Ops("tablet", "inspector", 1_790_000_000_000L);

    private final Operation start = tablet.startInspection(INSPECTION, "LIVING", "KITCHEN");
    private final Operation fail = tablet.item(INSPECTION, "LIVING", "F-LIVING-WALL_FLAT", ItemResult.FAIL, null);
    private final Operation defect = tablet.openDefect(Ops.id("defect"), INSPECTION, "LIVING", "F-LIVING-WALL_FLAT");
    private final Operation signed = tablet.sign(INSPECTION, List.of(start, fail, defect), SignOffDecision.ACCEPT_WITH_DEFECTS);
    private final Map<UUID, Operation> store = new HashMap<>();

    SignOffVerifierTest() {
        List.of(start, fail, defect, signed).forEach(o -> store.put(o.id(), o));
    }

    private SignOffVerification verify() {
        SignOff signOff = Reducer.reduce(store.values()).inspections().get(INSPECTION).signOff();
        return SignOffVerifier.verify(INSPECTION, signOff, id -> Optional.ofNullable(store.get(id)));
    }

    @Test
    void anUntouchedRecordVerifiesAsUnchanged() {
        SignOffVerification v = verify();
        assertEquals(SignOffVerification.Status.UNCHANGED, v.status());
        assertEquals(v.signedHash(), v.recomputedHash());
    }

    @Test
    void aChangedFindingIsDetected() {
        store.put(fail.id(), new Operation(fail.id(), fail.type(), fail.entity(), fail.hlc(), fail.actor(), fail.device(),
                null, new InspectionOps.ItemRecorded("LIVING", "F-LIVING-WALL_FLAT", ItemResult.PASS, null, null)));
        SignOffVerification v = verify();
        assertEquals(SignOffVerification.Status.CHANGED, v.status());
        assertNotEquals(v.signedHash(), v.recomputedHash());
    }

    @Test
    void aMissingOperationIsDetected() {
        store.remove(defect.id());
        SignOffVerification v = verify();
        assertEquals(SignOffVerification.Status.INCOMPLETE, v.status());
        assertEquals(List.of(defect.id()), v.missing());
    }

    @Test
    void theHashDoesNotDependOnTheOrderOperationsAreHeldIn() {
        String a = SignOffHasher.hash(INSPECTION, List.of(start, fail, defect), SignOffDecision.ACCEPT);
        String b = SignOffHasher.hash(INSPECTION, List.of(defect, fail, start), SignOffDecision.ACCEPT);
        assertEquals(a, b);
        assertNotEquals(a, SignOffHasher.hash(INSPECTION, List.of(start, fail, defect), SignOffDecision.REFUSE));
    }

    @Test
    void theCanonicalTextIsRfc8785() {
        String text = SignOffHasher.canonicalText(SignedContent.from(INSPECTION, List.of(start, fail), SignOffDecision.ACCEPT));
        // Keys sorted, no whitespace, numbers in shortest form.
        assertEquals('{', text.charAt(0));
        assertEquals(-1, text.indexOf(": "));
        assertEquals(0, text.indexOf("{\"decision\":\"ACCEPT\",\"defects\":[]"));
    }
}
