package com.handover.mobile.ui;

/** One answer a person can give to a question or notice: its label (a bundle key), a node id and what it does. */
public record Choice(String labelKey, String id, Runnable action) {
}
