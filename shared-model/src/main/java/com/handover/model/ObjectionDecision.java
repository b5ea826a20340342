package com.handover.model;

/**
 * The office's decision on a contractor's objection (异议) to one deduction from its 质保金 before the quarterly
 * settlement is final (售后维修工作流程 7: 按季度整理维修计量，汇总书面送达责任单位; 施工单位存在异议可根据本规定…).
 */
public enum ObjectionDecision {
    /** 维持: the deduction stands as booked. */
    MAINTAIN,
    /** 撤销: nothing is deducted for this order. */
    WITHDRAW,
    /** 调整金额: the deduction becomes the amount decided. */
    ADJUST
}
