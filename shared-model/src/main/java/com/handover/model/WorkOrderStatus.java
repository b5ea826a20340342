package com.handover.model;

/** A repair work order's workflow (维修单). OVERDUE is derived from the deadline; SELF_REPAIR is the developer's own team taking over. */
public enum WorkOrderStatus {
    CREATED, ASSIGNED, ARRIVED, COMPLETED, CONFIRMED, SETTLED, SELF_REPAIR, VOID
}
