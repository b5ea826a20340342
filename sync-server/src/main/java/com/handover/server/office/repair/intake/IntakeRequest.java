package com.handover.server.office.repair.intake;

import com.handover.model.ComplaintCategory;
import com.handover.model.IntakeChannel;
import com.handover.model.Severity;
import java.util.UUID;

/**
 * An owner's repair request (报修) or complaint (投诉) taken by the office.
 *
 * @param warrantyCategory what is broken, for the warranty check and the responsible trade; null for a
 *                         complaint that needs no repair (sales, contract, payment)
 * @param estimatedCostFen the repair's estimated value, which sets the on-site deadline (24 h / 36 h)
 */
public record IntakeRequest(UUID unitId, Kind kind, IntakeChannel channel, ComplaintCategory category, String room,
                            String warrantyCategory, String description, Severity urgency, String callerName,
                            String callerPhone, long estimatedCostFen) {

    public enum Kind { REPAIR, COMPLAINT }

    /** A repair request always becomes a work order; a complaint when it names something to repair. */
    public boolean needsWorkOrder() {
        return kind == Kind.REPAIR || warrantyCategory != null;
    }
}
