package com.handover.server.blob;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where photo bytes live: uploads in progress ("partials") and kept blobs, addressed by their SHA-256
 * (64 lower-case hex characters, checked by the caller). Whether a blob is kept is recorded by the caller in
 * the photo catalog; this interface only holds bytes.
 */
public interface BlobStore {

    /** The upload's offset is not where the partial ends. */
    final class OffsetMismatchException extends Exception {
        private final long received;

        public OffsetMismatchException(long received) {
            super("upload continues at " + received);
            this.received = received;
        }

        public long received() {
            return received;
        }
    }

    /**
     * Bytes received so far of the upload in progress for {@code total} bytes (0 if none, or a different total);
     * a {@code total} of 0 or less matches any upload in progress.
     */
    long received(String sha256, long total) throws IOException;

    /**
     * Appends {@code bytes} at {@code offset} of an upload of {@code total} bytes and returns the bytes received.
     * An upload at offset 0 starts afresh (an earlier partial is dropped).
     */
    long append(String sha256, long total, long offset, byte[] bytes) throws IOException, OffsetMismatchException;

    /** The complete partial's bytes, to check before keeping. */
    InputStream openPartial(String sha256) throws IOException;

    void discardPartial(String sha256) throws IOException;

    /** Makes the checked partial the kept blob. */
    void keep(String sha256) throws IOException;

    /** {@code length} bytes of a kept blob from {@code from}. */
    byte[] read(String sha256, long from, int length) throws IOException;
}
