package com.handover.model.sla;

import com.handover.model.Checks;

/**
 * What is left of a contractor's 质保金: the deposit minus every deduction made from it so far (售后维修工作规定
 * 第1–4条: costs are "在施工单位质保金中扣除"). It may go below zero: deductions beyond the deposit are still
 * owed, so the balance is never clamped. In fen.
 */
public record DepositBalance(long depositFen, long deductedFen) {

    public DepositBalance {
        Checks.nonNegative("depositFen", depositFen);
        Checks.nonNegative("deductedFen", deductedFen);
    }

    public long balanceFen() {
        return Math.subtractExact(depositFen, deductedFen);
    }

    /** More was deducted than was deposited: the contractor owes the difference. */
    public boolean overdrawn() {
        return deductedFen > depositFen;
    }

    public DepositBalance deduct(long fen) {
        Checks.nonNegative("fen", fen);
        return new DepositBalance(depositFen, Math.addExact(deductedFen, fen));
    }
}
