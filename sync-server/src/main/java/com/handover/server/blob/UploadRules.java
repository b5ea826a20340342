package com.handover.server.blob;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * What one uploaded chunk does to a photo's upload in progress; both blob stores follow it while they hold the
 * upload's lock. A chunk never rewrites bytes already received: one at the end is appended; one that overlaps
 * what was received must match those bytes (a delayed or repeated chunk, or a second uploader of the same photo),
 * and then only its new tail is appended; anything else is refused with where the upload continues.
 */
public final class UploadRules {

    /** How long an upload that receives no chunk is kept before an upload of another length may replace it. */
    public static final Duration PARTIAL_KEPT = Duration.ofHours(24);

    /** An upload in progress: its length, the bytes received, and when the last chunk came. */
    public record Progress(long total, long received, long lastChunkMillis) {
    }

    /** Reads bytes already received. */
    @FunctionalInterface
    public interface Received {
        byte[] read(long from, int length) throws IOException;
    }

    /**
     * What to write: with {@code fresh}, drop any partial and start one of the chunk's length; then append
     * {@code bytes} at {@code at} (none for a chunk that only repeats what was received).
     */
    public record Write(boolean fresh, long at, byte[] bytes) {
    }

    /** The chunk is refused; nothing was written. */
    public static final class Refused extends Exception {
        /** Why: the offset is past the end, the bytes differ from those received, or the length changed. */
        public enum Reason { GAP, DIFFERENT_BYTES, LENGTH_CHANGED }

        private final Reason reason;
        private final long received;
        private final long total;

        Refused(Reason reason, long received, long total) {
            super(reason + ": the upload continues at " + received + " of " + total);
            this.reason = reason;
            this.received = received;
            this.total = total;
        }

        public Reason reason() {
            return reason;
        }

        /** Where the upload continues. */
        public long received() {
            return received;
        }

        /** The length of the upload in progress. */
        public long total() {
            return total;
        }
    }

    private UploadRules() {
    }

    /** The write for a chunk of an upload of {@code total} bytes at {@code offset}, or why it is refused. */
    public static Write plan(Optional<Progress> progress, long total, long offset, byte[] chunk, Received received,
                             long nowMillis) throws Refused, IOException {
        Optional<Progress> current = progress.filter(p -> p.received() > 0);
        if (current.isPresent() && current.get().total() != total) {
            Progress p = current.get();
            if (nowMillis - p.lastChunkMillis() < PARTIAL_KEPT.toMillis()) {
                throw new Refused(Refused.Reason.LENGTH_CHANGED, p.received(), p.total());
            }
            current = Optional.empty();
        }
        if (current.isEmpty()) {
            if (offset != 0) {
                throw new Refused(Refused.Reason.GAP, 0, total);
            }
            return new Write(true, 0, chunk);
        }
        long have = current.get().received();
        if (offset > have) {
            throw new Refused(Refused.Reason.GAP, have, total);
        }
        int overlap = (int) Math.min(chunk.length, have - offset);
        if (overlap > 0 && !Arrays.equals(received.read(offset, overlap), 0, overlap, chunk, 0, overlap)) {
            throw new Refused(Refused.Reason.DIFFERENT_BYTES, have, total);
        }
        return new Write(false, have, Arrays.copyOfRange(chunk, overlap, chunk.length));
    }
}
