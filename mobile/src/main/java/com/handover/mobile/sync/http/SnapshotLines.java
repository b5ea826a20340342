package com.handover.mobile.sync.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a snapshot as UTF-8 bytes, each left in the buffer for the caller to read from instead of decoded
 * into a text first: an operation is decoded from its bytes, and only the text the device stores is made from them.
 * A line ends at {@code \n} (a {@code \r} before it is dropped) or at the end of the stream.
 */
final class SnapshotLines {

    /** The longest line read. An operation comes from a push body, which servers cap at 4 MiB unless told otherwise. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private static final int FIRST_BUFFER = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buffer;
    /** Bytes read from the stream and not yet handed out as a line: {@code buffer[unread, filled)}. */
    private int unread;
    private int filled;
    private boolean ended;
    private int lineStart;
    private int lineLength;

    SnapshotLines(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    SnapshotLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buffer = new byte[Math.min(FIRST_BUFFER, maxLineBytes)];
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        int scanned = unread;
        while (true) {
            for (int i = scanned; i < filled; i++) {
                if (buffer[i] == '\n') {
                    take(i, i + 1);
                    return true;
                }
            }
            scanned = filled;
            if (ended) {
                if (unread == filled) {
                    return false;
                }
                take(filled, filled);
                return true;
            }
            scanned -= makeRoom();
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                ended = true;
            } else {
                filled += n;
            }
        }
    }

    /** The buffer the current line is in, from {@link #start()} for {@link #length()} bytes. */
    byte[] buffer() {
        return buffer;
    }

    int start() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    private void take(int lineEnd, int nextLine) {
        lineStart = unread;
        lineLength = lineEnd > unread && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 - unread : lineEnd - unread;
        unread = nextLine;
    }

    /** Moves the unread bytes to the front, or grows the buffer when they fill it; returns how far they moved. */
    private int makeRoom() throws IOException {
        int moved = unread;
        if (unread > 0) {
            System.arraycopy(buffer, unread, buffer, 0, filled - unread);
            filled -= unread;
            unread = 0;
        }
        if (filled == buffer.length) {
            if (buffer.length >= maxLineBytes) {
                throw new IOException("a snapshot line reaches the limit of " + maxLineBytes + " bytes");
            }
            buffer = Arrays.copyOf(buffer, Math.min(maxLineBytes, buffer.length * 2));
        }
        return moved;
    }
}
