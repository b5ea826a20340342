package com.handover.server.blob;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where photo bytes live: uploads in progress ("partials") and kept blobs, addressed by their SHA-256
 * (64 lower-case hex characters, checked by the caller). Whether a blob is kept is recorded by the caller in
 * the photo catalog; this interface only holds bytes.
 */
public interface BlobStore {

    /** The upload in progress for the photo, if any. */
    Optional<UploadRules.Progress> progress(String sha256) throws IOException;

    /**
     * Applies one chunk of an upload of {@code total} bytes at {@code offset} by {@link UploadRules}, under the
     * upload's lock, and returns the bytes received after it.
     */
    long append(String sha256, long total, long offset, byte[] bytes, long nowMillis)
            throws IOException, UploadRules.Refused;

    /** The complete partial's bytes, to check before keeping. */
    InputStream openPartial(String sha256) throws IOException;

    void discardPartial(String sha256) throws IOException;

    /** Makes the checked partial the kept blob. */
    void keep(String sha256) throws IOException;

    /** {@code length} bytes of a kept blob from {@code from}. */
    byte[] read(String sha256, long from, int length) throws IOException;
}
