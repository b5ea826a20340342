package com.handover.model.sync;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A hybrid logical clock timestamp: wall-clock milliseconds, a counter for events within one
 * millisecond (or while the wall clock stands behind), and the id of the node that minted it.
 * Ordering is total and the same on every node: by millis, then counter, then node id.
 *
 * <p>The text form {@code 0001732780000000.000000.node} sorts lexicographically in the same order,
 * which lets stores index it as a string.
 */
public record Hlc(long wallMillis, int counter, String node) implements Comparable<Hlc> {

    public static final int MAX_NODE_LENGTH = 64;
    public static final int MAX_COUNTER = 999_999;
    private static final Pattern NODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern TEXT = Pattern.compile("(\\d{16})\\.(\\d{6})\\.([A-Za-z0-9_-]{1,64})");

    public Hlc {
        if (wallMillis < 0 || wallMillis > 9_999_999_999_999_999L) {
            throw new IllegalArgumentException("HLC wall clock out of range: " + wallMillis);
        }
        if (counter < 0 || counter > MAX_COUNTER) {
            throw new IllegalArgumentException("HLC counter out of range 0.." + MAX_COUNTER + ": " + counter);
        }
        Objects.requireNonNull(node, "HLC node");
        if (!NODE.matcher(node).matches()) {
            throw new IllegalArgumentException("HLC node must be 1-64 letters, digits, '-' or '_': " + node);
        }
    }

    public static Hlc parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("HLC text is missing");
        }
        var m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "HLC must look like 0001732780000000.000000.node, got: " + abbreviate(text));
        }
        return new Hlc(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    }

    @Override
    public int compareTo(Hlc o) {
        int c = Long.compare(wallMillis, o.wallMillis);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(counter, o.counter);
        return c != 0 ? c : node.compareTo(o.node);
    }

    public boolean isAfter(Hlc o) {
        return compareTo(o) > 0;
    }

    @Override
    public String toString() {
        return String.format("%016d.%06d.%s", wallMillis, counter, node);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
