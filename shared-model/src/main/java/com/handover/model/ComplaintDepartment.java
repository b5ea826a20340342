package com.handover.model;

/**
 * The department a complaint is passed to for 处置 (业主投诉记录表 → 相关部门; SM03-08 投诉处理方案附页): the seed's
 * 客服中心 and 售后维修部 under the 项目部, and the departments its complaint classes are routed to (房屋质量、
 * 装修质量 → 工程部, 规划设计 → 设计部, 销售、合同 → 销售部, 付款 → 财务部), and the 物业公司 for what it runs.
 */
public enum ComplaintDepartment {
    CUSTOMER_SERVICE, MAINTENANCE, PROJECT_DEPARTMENT, ENGINEERING, DESIGN, SALES, FINANCE, PROPERTY_MANAGEMENT;

    /** Where a complaint of this class goes first; the office may choose another. */
    public static ComplaintDepartment usualFor(ComplaintCategory category) {
        return switch (category) {
            case HOUSING_QUALITY, DECORATION_QUALITY -> ENGINEERING;
            case PLANNING_DESIGN -> DESIGN;
            case SALES, CONTRACT -> SALES;
            case PAYMENT -> FINANCE;
        };
    }
}
