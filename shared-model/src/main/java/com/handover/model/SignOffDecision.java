package com.handover.model;

/** The owner's decision at handover: accept, accept with the listed defects to be repaired, or refuse (拒收). */
public enum SignOffDecision {
    ACCEPT, ACCEPT_WITH_DEFECTS, REFUSE
}
