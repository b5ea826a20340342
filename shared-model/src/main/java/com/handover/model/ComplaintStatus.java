package com.handover.model;

/** A complaint or repair request taken by the office: 受理, 处置/答复, 回访 and closed. */
public enum ComplaintStatus {
    RECEIVED, ANSWERED, CLOSED
}
