package com.handover.model.site;

import com.handover.model.Checks;
import java.util.List;
import java.util.UUID;

/**
 * A contractor (施工单位/维修商) responsible for repairs in its trades, with the repair phone and the
 * responsible person registered at handover (seed R3), and its warranty deposit (质保金) in fen.
 */
public record Contractor(UUID id, String name, List<String> trades, String repairPhone, String responsiblePerson,
                         long warrantyDepositFen) {
    public Contractor {
        Checks.required("contractor.id", id);
        Checks.text("contractor.name", name, Checks.MAX_NAME);
        trades = Checks.list("contractor.trades", trades);
        trades.forEach(t -> Checks.code("contractor.trades[]", t));
        Checks.optionalText("contractor.repairPhone", repairPhone, 32);
        Checks.optionalText("contractor.responsiblePerson", responsiblePerson, Checks.MAX_NAME);
        Checks.nonNegative("contractor.warrantyDepositFen", warrantyDepositFen);
    }
}
