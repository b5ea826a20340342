package com.handover.model;

/** The answer for one checklist item. NOT_CHECKED is the absence of an answer; NOT_APPLICABLE is an answer. */
public enum ItemResult {
    NOT_CHECKED, PASS, FAIL, NOT_APPLICABLE
}
