package com.handover.server.web;

import java.util.OptionalLong;

/**
 * Whole numbers as requests spell them: ASCII digits only. {@code Integer.parseInt} also takes full-width and
 * other scripts' digits (５, ٥), which would let one value pass under many spellings.
 */
public final class AsciiNumbers {

    private AsciiNumbers() {
    }

    /** The value of 1 to {@code maxDigits} ASCII digits, or empty for anything else (sign, space, blank, null). */
    public static OptionalLong parse(String text, int maxDigits) {
        if (text == null || text.isEmpty() || text.length() > maxDigits || maxDigits > 18) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Long.parseLong(text));
    }

    /**
     * As {@link #parse}, but only in the one spelling the server itself writes: no leading zeros ("0" itself is
     * fine), so that one value never passes under two spellings.
     */
    public static OptionalLong parseCanonical(String text, int maxDigits) {
        if (text != null && text.length() > 1 && text.charAt(0) == '0') {
            return OptionalLong.empty();
        }
        return parse(text, maxDigits);
    }
}
