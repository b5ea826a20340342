package com.handover.model.sla;

import com.handover.model.Checks;
import java.time.LocalDate;

/**
 * Whether a repair may be charged to the contractor's 质保金: only "质保期内的工程质量问题" (售后维修工作规定
 * 第5条), that is while the contractor's own warranty, counted from 竣工验收 (《建设工程质量管理条例》第四十条),
 * still covers the item on the day it was reported. After that the repair is the owner's 有偿维修 or the
 * developer's, never the contractor's.
 */
public final class DepositDeductionWindow {

    private DepositDeductionWindow() {
    }

    /**
     * @param contractorExpiry the last day of the contractor's warranty for the item; null when none is computed
     *                         (by agreement or not applicable), which allows no deduction
     */
    public static boolean allowed(LocalDate contractorExpiry, LocalDate reportDate) {
        Checks.required("reportDate", reportDate);
        return contractorExpiry != null && !reportDate.isAfter(contractorExpiry);
    }

    /**
     * The chargeback as booked: the computed one while the window is open, nothing (with the reason) once the
     * contractor's warranty ended before the report day. A chargeback of nothing stays as it is.
     */
    public static Chargeback apply(Chargeback computed, LocalDate contractorExpiry, LocalDate reportDate) {
        Checks.required("computed", computed);
        if (computed.rule() == SlaRule.NO_CHARGEBACK || allowed(contractorExpiry, reportDate)) {
            return computed;
        }
        return new Chargeback(0, 0, SlaRule.NO_CHARGEBACK_OUTSIDE_CONTRACTOR_WARRANTY);
    }
}
