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
 * @param assignee         optional: the repairer sent to it (the 售后维修部 person who follows the order up, or who
 *                         does the repair itself for an emergency or a paid repair)
 */
public record IntakeRequest(UUID unitId, Kind kind, IntakeChannel channel, ComplaintCategory category, String room,
                            String warrantyCategory, String description, Severity urgency, String callerName,
                            String callerPhone, long estimatedCostFen, String assignee) {

    /** A request that sends nobody yet: the office assigns the repairer on the work order later. */
    public IntakeRequest(UUID unitId, Kind kind, IntakeChannel channel, ComplaintCategory category, String room,
                         String warrantyCategory, String description, Severity urgency, String callerName,
                         String callerPhone, long estimatedCostFen) {
        this(unitId, kind, channel, category, room, warrantyCategory, description, urgency, callerName, callerPhone,
                estimatedCostFen, null);
    }

    public enum Kind { REPAIR, COMPLAINT }

    /** A repair request always becomes a work order; a complaint when it names something to repair. */
    public boolean needsWorkOrder() {
        return kind == Kind.REPAIR || warrantyCategory != null;
    }
}
