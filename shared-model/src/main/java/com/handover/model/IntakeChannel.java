package com.handover.model;

/** How an owner's request reached the office. */
public enum IntakeChannel {
    PHONE, WEB, DESK, APP
}
