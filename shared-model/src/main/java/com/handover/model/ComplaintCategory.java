package com.handover.model;

/** Complaint and request classes of the seed: 房屋质量, 规划设计, 装修质量, 销售, 合同, 付款. */
public enum ComplaintCategory {
    HOUSING_QUALITY, PLANNING_DESIGN, DECORATION_QUALITY, SALES, CONTRACT, PAYMENT
}
