package com.handover.server.sync;

import com.handover.server.web.errors.ApiException;
import java.util.regex.Pattern;

/**
 * A pull cursor: the last position a device has seen and, for a user whose scope is a subset of the log, a
 * fingerprint of that scope. When the scope has changed since the cursor was given out (a work order or a
 * project was assigned), the device is taken back to the start of the log so it receives the earlier history of
 * what it may now see; it drops what it already holds by operation id.
 */
public record PullCursor(long position, String scope) {

    private static final Pattern TEXT = Pattern.compile("(0|[1-9][0-9]{0,17})(?:\\.([0-9a-f]{16}))?");

    public static final PullCursor START = new PullCursor(0, "");

    public static PullCursor parse(String text) {
        if (text == null || text.isEmpty()) {
            return START;
        }
        var m = TEXT.matcher(text);
        if (!m.matches()) {
            throw ApiException.validation("after", "the cursor is not one this server gave out");
        }
        return new PullCursor(Long.parseLong(m.group(1)), m.group(2) == null ? "" : m.group(2));
    }

    /** Where to continue for a user whose scope fingerprint is now {@code currentScope}. */
    public long resumeAfter(String currentScope) {
        return scope.equals(currentScope) ? position : 0;
    }

    @Override
    public String toString() {
        return scope.isEmpty() ? Long.toString(position) : position + "." + scope;
    }
}
