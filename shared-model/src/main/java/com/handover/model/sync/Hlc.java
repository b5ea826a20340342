package com.handover.model.sync;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.UnaryOperator;
import com.handover.model.TextShapes;

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

    public Hlc {
        if (wallMillis < 0 || wallMillis > 9_999_999_999_999_999L) {
            throw new IllegalArgumentException("HLC wall clock out of range: " + wallMillis);
        }
        if (counter < 0 || counter > MAX_COUNTER) {
            throw new IllegalArgumentException("HLC counter out of range 0.." + MAX_COUNTER + ": " + counter);
        }
        Objects.requireNonNull(node, "HLC node");
        if (!TextShapes.clockNode(node, 0)) {
            throw new IllegalArgumentException("HLC node must be 1-64 letters, digits, '-' or '_': " + node);
        }
    }

    public static Hlc parse(String text) {
        return parse(text, UnaryOperator.identity());
    }

    /** The clock in {@code text}, its node as {@code nodes} hands it back (a replica shares one instance of it). */
    public static Hlc parse(String text, UnaryOperator<String> nodes) {
        if (text == null) {
            throw new IllegalArgumentException("HLC text is missing");
        }
        // 0001732780000000.000000.node
        boolean shaped = TextShapes.digits(text, 0, 16) && text.length() > 24 && text.charAt(16) == '.'
                && TextShapes.digits(text, 17, 6) && text.charAt(23) == '.' && TextShapes.clockNode(text, 24);
        if (!shaped) {
            throw new IllegalArgumentException(
                    "HLC must look like 0001732780000000.000000.node, got: " + abbreviate(text));
        }
        return new Hlc(Long.parseLong(text, 0, 16, 10), Integer.parseInt(text, 17, 23, 10),
                nodes.apply(text.substring(24)));
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
        // Same as String.format("%016d.%06d.%s"), written straight into one array: a clock's text is made for
        // every operation stored, sent or installed. The constructor keeps both numbers within their widths and
        // the node to ASCII, so every character is one byte.
        byte[] text = new byte[24 + node.length()];
        digits(text, 0, 16, wallMillis);
        text[16] = '.';
        digits(text, 17, 6, counter);
        text[23] = '.';
        for (int i = 0; i < node.length(); i++) {
            text[24 + i] = (byte) node.charAt(i);
        }
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code value} zero-padded to {@code width} digits from {@code from} on. */
    private static void digits(byte[] text, int from, int width, long value) {
        for (int i = from + width - 1; i >= from; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
