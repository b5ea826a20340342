package com.handover.server.office.repair.rectify;

/** A 整改 the office cannot send as entered; {@code field} names the form field, the message says why. */
public final class RectifyException extends IllegalArgumentException {
    private final String field;

    public RectifyException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
