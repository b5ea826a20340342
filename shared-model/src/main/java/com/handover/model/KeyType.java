package com.handover.model;

/** The five kinds of owner key handed over (seed 钥匙管理): 防盗门, 室内门, 电子对讲门, 水表箱, 信箱. */
public enum KeyType {
    ENTRANCE_DOOR, INTERIOR_DOOR, INTERCOM, WATER_METER_BOX, MAILBOX
}
