package com.handover.server.office.web;

import com.handover.model.ComplaintStatus;
import com.handover.model.DefectStatus;
import com.handover.model.WorkOrderStatus;

/**
 * The chip colour of each defect, work-order and complaint status, the same on every page: blue while the work is
 * under way, amber where the office must act (a defect not yet sent for repair or reopened, a repair taken over, a
 * request not yet answered), green once done, grey when voided. Lateness is a chip of its own beside the status, never a change of the status's colour.
 */
public final class StatusChips {

    private StatusChips() {
    }

    public static String of(WorkOrderStatus status) {
        return switch (status) {
            case CREATED, ASSIGNED, ARRIVED, COMPLETED -> "chip-info";
            case SELF_REPAIR -> "chip-warn";
            case CONFIRMED, SETTLED -> "chip-ok";
            case VOID -> "chip-idle";
        };
    }

    public static String of(ComplaintStatus status) {
        return switch (status) {
            case RECEIVED -> "chip-warn";
            case ANSWERED -> "chip-info";
            case CLOSED -> "chip-ok";
        };
    }

    public static String of(DefectStatus status) {
        return switch (status) {
            case OPEN, REOPENED -> "chip-warn";
            case ASSIGNED, IN_REPAIR, REPAIRED -> "chip-info";
            case CLOSED -> "chip-ok";
            case VOID -> "chip-idle";
        };
    }
}
