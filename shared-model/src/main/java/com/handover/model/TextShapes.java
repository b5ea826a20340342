package com.handover.model;

import java.util.Arrays;
import java.util.UUID;

/**
 * Shape checks for the short ASCII texts every operation carries (ids, clocks, codes), written out by hand
 * because they run for every field of every operation a server or device reads; each is equivalent to the
 * regular expression in its comment.
 */
public final class TextShapes {

    /** Each ASCII character's value as a lower-case hex digit, or -1. */
    private static final byte[] LOWER_HEX_VALUE = new byte[128];

    static {
        Arrays.fill(LOWER_HEX_VALUE, (byte) -1);
        for (char ch = '0'; ch <= '9'; ch++) {
            LOWER_HEX_VALUE[ch] = (byte) (ch - '0');
        }
        for (char ch = 'a'; ch <= 'f'; ch++) {
            LOWER_HEX_VALUE[ch] = (byte) (ch - 'a' + 10);
        }
    }

    private TextShapes() {
    }

    /**
     * The id written in {@code chars[offset, offset + length)} when that text has the shape {@link #lowerCaseUuid}
     * checks, else null: checked and read in one pass, with no text made (a reader's buffer can be read in place).
     */
    public static UUID parseLowerCaseUuid(char[] chars, int offset, int length) {
        if (length != 36) {
            return null;
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 36; i++) {
            char ch = chars[offset + i];
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (ch != '-') {
                    return null;
                }
                continue;
            }
            int digit = ch < 128 ? LOWER_HEX_VALUE[ch] : -1;
            if (digit < 0) {
                return null;
            }
            if (i < 18) {
                high = high << 4 | digit;
            } else {
                low = low << 4 | digit;
            }
        }
        return new UUID(high, low);
    }

    /** {@code [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}} */
    public static boolean lowerCaseUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char ch = s.charAt(i);
            boolean ok = (i == 8 || i == 13 || i == 18 || i == 23) ? ch == '-' : lowerHex(ch);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code [0-9a-f]{64}} */
    public static boolean sha256Hex(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            if (!lowerHex(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Za-z0-9_-]{1,64}} between {@code from} and the end */
    public static boolean clockNode(String s, int from) {
        int length = s.length() - from;
        return length >= 1 && length <= 64 && urlSafe(s, from);
    }

    /** {@code [A-Za-z0-9_-]*} between {@code from} and the end: the URL-safe Base64 alphabet */
    public static boolean urlSafe(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(upper(ch) || (ch >= 'a' && ch <= 'z') || digit(ch) || ch == '_' || ch == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code \d{count}} at {@code from} */
    public static boolean digits(String s, int from, int count) {
        if (s.length() < from + count) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!digit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [a-z0-9._-]{1,64}} */
    public static boolean username(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!((ch >= 'a' && ch <= 'z') || digit(ch) || ch == '.' || ch == '_' || ch == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Z][A-Z0-9_-]{0,63}} */
    public static boolean code(String s) {
        if (s.isEmpty() || s.length() > 64 || !upper(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(upper(ch) || digit(ch) || ch == '_' || ch == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Z][A-Z0-9_]{0,31}(-[1-9][0-9]?)?} */
    public static boolean roomKey(String s) {
        int dash = s.indexOf('-');
        String base = dash < 0 ? s : s.substring(0, dash);
        if (base.isEmpty() || base.length() > 32 || !upper(base.charAt(0))) {
            return false;
        }
        for (int i = 1; i < base.length(); i++) {
            char ch = base.charAt(i);
            if (!(upper(ch) || digit(ch) || ch == '_')) {
                return false;
            }
        }
        if (dash < 0) {
            return true;
        }
        String number = s.substring(dash + 1);
        return (number.length() == 1 || number.length() == 2) && number.charAt(0) >= '1' && number.charAt(0) <= '9'
                && digits(number, 0, number.length());
    }

    private static boolean lowerHex(char ch) {
        return digit(ch) || (ch >= 'a' && ch <= 'f');
    }

    private static boolean digit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean upper(char ch) {
        return ch >= 'A' && ch <= 'Z';
    }
}
