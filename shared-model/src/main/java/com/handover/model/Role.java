package com.handover.model;

/** What a user account may do. */
public enum Role {
    INSPECTOR, MAINTENANCE, OFFICE, ADMIN
}
