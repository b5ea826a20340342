package com.handover.model.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.model.SignOffDecision;
import com.handover.model.json.CanonicalJson;
import com.handover.model.protocol.ProtocolExamples;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.WorkOrderOps;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The golden content texts of docs/PROTOCOL.md ("How contentHash is computed"): the canonical JSON the
 * golden sign-off and work-order confirmation hash, as the code builds it from the golden operations.
 */
class ContentHashRecipeTest {

    static final String SIGNED_CONTENT = "signoff/inspection-signed-content.json";
    static final String WORK_ORDER_CONTENT = "signoff/workorder-content.json";

    @Test
    void theSignOffsCanonicalContentIsTheGoldenTextAndHashesToItsContentHash() {
        Operation signed = ProtocolExamples.operation(OperationType.INSPECTION_SIGNED);
        InspectionOps.Signed payload = (InspectionOps.Signed) signed.payload();
        List<Operation> covered = payload.coveredOperations().stream().map(ContentHashRecipeTest::golden).toList();
        SignedContent content = SignedContent.from(signed.entity(), covered, payload.decision());

        String canonical = SignOffHasher.canonicalText(content);
        assertEquals(ProtocolExamples.text(SIGNED_CONTENT).strip(), canonical);
        assertEquals(payload.contentHash(), CanonicalJson.sha256Hex(canonical.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void theWorkOrdersCanonicalContentIsTheGoldenTextAndHashesToTheConfirmationsContentHash() {
        Operation confirmed = ProtocolExamples.operation(OperationType.WORK_ORDER_CONFIRMED);
        List<Operation> ops = List.of(OperationType.WORK_ORDER_CREATED, OperationType.WORK_ORDER_ASSIGNED,
                OperationType.WORK_ORDER_ARRIVED, OperationType.WORK_ORDER_COMPLETED).stream()
                .map(ProtocolExamples::operation).toList();
        WorkOrderContent content = WorkOrderContent.of(Reducer.reduce(ops).workOrders().get(confirmed.entity()));

        assertEquals(ProtocolExamples.text(WORK_ORDER_CONTENT).strip(), CanonicalJson.of(content));
        assertEquals(((WorkOrderOps.Confirmed) confirmed.payload()).contentHash(), content.hash());
    }

    private static Operation golden(UUID id) {
        for (OperationType type : OperationType.values()) {
            Operation op = ProtocolExamples.operation(type);
            if (op.id().equals(id)) {
                return op;
            }
        }
        throw new IllegalArgumentException("no golden operation " + id);
    }
}
