package com.handover.model.sla;

import com.handover.model.Checks;
import com.handover.model.sync.state.WorkOrderState;

/**
 * The deduction once a contractor's objection (异议) was decided: 维持 keeps it, 撤销 books nothing, 调整金额 books the
 * amount decided. While the objection is open the booked deduction stands, provisionally (待确认).
 */
public final class ObjectionOutcome {

    private ObjectionOutcome() {
    }

    public static Chargeback apply(Chargeback booked, WorkOrderState.Objection objection) {
        Checks.required("booked", booked);
        if (objection == null || objection.open()) {
            return booked;
        }
        return switch (objection.decision()) {
            case MAINTAIN -> booked;
            case WITHDRAW -> new Chargeback(0, 0, SlaRule.CHARGEBACK_WITHDRAWN_ON_OBJECTION);
            case ADJUST -> new Chargeback(objection.adjustedFen(), booked.percent(), SlaRule.CHARGEBACK_ADJUSTED_ON_OBJECTION);
        };
    }
}
