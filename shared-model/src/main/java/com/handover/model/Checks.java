package com.handover.model;

import java.util.Collection;
import java.util.List;

/** Invariant checks used by the model's constructors. Each failure names the field and what was wrong. */
public final class Checks {

    /** Longest free text a person may type into one field (a defect description, a note). */
    public static final int MAX_TEXT = 2_000;
    /** Longest name or code. */
    public static final int MAX_NAME = 200;
    /** Most elements in one list inside an operation (photos, strokes, points). */
    public static final int MAX_LIST = 2_000;

    private Checks() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    public static String text(String field, String value, int maxLength) {
        required(field, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return optionalText(field, value, maxLength);
    }

    public static String optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                throw new IllegalArgumentException(field + " contains a control character");
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    throw new IllegalArgumentException(field + " contains an invalid character (lone surrogate)");
                }
                i++;
            }
        }
        return value;
    }

    public static String sha256(String field, String value) {
        required(field, value);
        if (!TextShapes.sha256Hex(value)) {
            throw new IllegalArgumentException(field + " must be 64 lowercase hex characters (SHA-256)");
        }
        return value;
    }

    public static String code(String field, String value) {
        required(field, value);
        if (!TextShapes.code(value)) {
            throw new IllegalArgumentException(field + " must be an upper-case code like BEDROOM or F-LIVING-WALL_FLAT");
        }
        return value;
    }

    public static String roomKey(String field, String value) {
        required(field, value);
        if (!TextShapes.roomKey(value)) {
            throw new IllegalArgumentException(field + " must be a room code with an optional number, like LIVING or BEDROOM-2");
        }
        return value;
    }

    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
        return value;
    }

    public static <T> List<T> list(String field, Collection<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_LIST) {
            throw new IllegalArgumentException(field + " has more than " + MAX_LIST + " elements");
        }
        for (T v : values) {
            if (v == null) {
                throw new IllegalArgumentException(field + " contains a null element");
            }
        }
        return List.copyOf(values);
    }
}
