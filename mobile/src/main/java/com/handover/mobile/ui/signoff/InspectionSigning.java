package com.handover.mobile.ui.signoff;

import com.handover.mobile.replica.Replica;
import com.handover.model.SignOffDecision;
import com.handover.model.Signature;
import com.handover.model.signoff.SignOffHasher;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Records a sign-off: the signatures over the hash of every operation of the inspection and of the defects it
 * answers for, as they stand on this device, so the server and anyone else can check the record later.
 */
public final class InspectionSigning {

    private InspectionSigning() {
    }

    /** Returns the content hash signed. */
    public static String sign(Replica replica, UUID inspectionId, Collection<UUID> defects, SignOffDecision decision,
                              List<Signature> signatures) {
        List<Operation> covered = replica.read(s -> {
            List<Operation> ops = new ArrayList<>(s.operationsOf(EntityKind.INSPECTION, inspectionId));
            defects.forEach(d -> ops.addAll(s.operationsOf(EntityKind.DEFECT, d)));
            return ops;
        });
        String hash = SignOffHasher.hash(inspectionId, covered, decision);
        replica.record(OperationType.INSPECTION_SIGNED, inspectionId, new InspectionOps.Signed(decision, signatures,
                covered.stream().map(Operation::id).toList(), hash));
        return hash;
    }
}
