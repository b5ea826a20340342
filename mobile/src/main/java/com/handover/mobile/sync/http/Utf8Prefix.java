package com.handover.mobile.sync.http;

import java.util.Arrays;

/** Whether bytes of UTF-8 begin with a fixed ASCII prefix, looked at where they lie, without making a text. */
final class Utf8Prefix {

    private Utf8Prefix() {
    }

    /** True when {@code bytes[from, end)} begins with {@code prefix}. */
    static boolean at(byte[] bytes, int from, int end, byte[] prefix) {
        return end - from >= prefix.length
                && Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
    }
}
