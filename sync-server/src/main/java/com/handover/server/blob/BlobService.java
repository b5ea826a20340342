package com.handover.server.blob;

import com.handover.server.auth.Principal;
import com.handover.server.auth.Scopes;
import com.handover.server.config.Limits;
import com.handover.server.store.Database;
import com.handover.server.store.PhotoCatalog;
import com.handover.server.web.errors.ApiException;
import com.handover.server.web.errors.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Photo uploads and downloads: resumable uploads by offset, JPEG/PNG only, the hash checked before the bytes
 * are kept, one copy per hash, and downloads only of photos that an operation in the user's scope names.
 */
public final class BlobService {

    /** Most hashes in one answer to "which photos are missing". */
    public static final int MAX_MISSING_LISTED = 10_000;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** @param created true when this request completed the photo and it was stored now */
    public record UploadStatus(long received, boolean complete, boolean created) {
    }

    private final Database db;
    private final PhotoCatalog catalog;
    private final BlobStore store;
    private final Scopes scopes;
    private final Limits limits;
    private final Clock clock;
    private final Object[] locks = new Object[64];

    public BlobService(Database db, PhotoCatalog catalog, BlobStore store, Scopes scopes, Limits limits, Clock clock) {
        this.db = db;
        this.catalog = catalog;
        this.store = store;
        this.scopes = scopes;
        this.limits = limits;
        this.clock = clock;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    public static String checkedSha(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw ApiException.validation("sha256", "a photo is named by its SHA-256: 64 lower-case hex characters");
        }
        return sha256;
    }

    /** What has arrived of the photo: the same answer whatever length the asking device believes it has. */
    public UploadStatus status(String sha256) {
        checkedSha(sha256);
        Optional<PhotoCatalog.BlobInfo> kept = db.read(c -> catalog.blob(c, sha256));
        if (kept.isPresent()) {
            return new UploadStatus(kept.get().size(), true, false);
        }
        try {
            return new UploadStatus(store.progress(sha256).map(UploadRules.Progress::received).orElse(0L), false, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UploadStatus upload(String sha256, long offset, long total, byte[] bytes) {
        checkedSha(sha256);
        if (total <= 0) {
            throw ApiException.validation("X-Blob-Length", "X-Blob-Length must be the photo's size in bytes");
        }
        if (total > limits.maxBlobBytes()) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "a photo may have at most " + limits.maxBlobBytes()
                    + " bytes", "X-Blob-Length");
        }
        if (offset < 0 || offset > total) {
            throw ApiException.validation("offset", "offset must be between 0 and X-Blob-Length");
        }
        if (offset + bytes.length > total) {
            throw ApiException.validation("offset", "the bytes sent go past X-Blob-Length");
        }
        // One upload step per photo at a time on this node (the stores also lock across nodes): a completion
        // and a late chunk of the same photo never overlap.
        synchronized (locks[Math.floorMod(sha256.hashCode(), locks.length)]) {
            return uploadLocked(sha256, offset, total, bytes);
        }
    }

    private UploadStatus uploadLocked(String sha256, long offset, long total, byte[] bytes) {
        Optional<PhotoCatalog.BlobInfo> kept = db.read(c -> catalog.blob(c, sha256));
        if (kept.isPresent()) {
            return new UploadStatus(kept.get().size(), true, false);
        }
        if (bytes.length == 0 && offset < total) {
            throw ApiException.validation("body", "the request carries no bytes");
        }
        try {
            if (offset == 0 && !MediaType.mayBegin(bytes) && !inProgress(sha256)) {
                throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "only JPEG and PNG photos are accepted");
            }
            long received = store.append(sha256, total, offset, bytes, clock.millis());
            return received < total ? new UploadStatus(received, false, false) : complete(sha256, total);
        } catch (UploadRules.Refused e) {
            throw refusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether bytes of the photo have arrived (a chunk at 0 is then compared with them, not sniffed). */
    private boolean inProgress(String sha256) throws IOException {
        return store.progress(sha256).map(p -> p.received() > 0).orElse(false);
    }

    private static ApiException refusal(UploadRules.Refused e) {
        Map<String, Object> received = Map.of("received", e.received());
        return switch (e.reason()) {
            case LENGTH_CHANGED -> new ApiException(ErrorCode.VALIDATION, 400, "this photo's upload is in progress with"
                    + " X-Blob-Length " + e.total() + " and " + e.received() + " bytes received; a photo's bytes have one"
                    + " length", "X-Blob-Length", received, Map.of());
            case DIFFERENT_BYTES -> new ApiException(ErrorCode.VALIDATION, 409, "these bytes differ from those already"
                    + " received at that offset; the upload continues at offset " + e.received(), "offset", received,
                    Map.of());
            case GAP -> new ApiException(ErrorCode.VALIDATION, 409, "the upload continues at offset " + e.received(),
                    "offset", received, Map.of());
        };
    }

    private UploadStatus complete(String sha256, long total) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] head = new byte[MediaType.SNIFF_LENGTH];
        int headLength = 0;
        long length = 0;
        try (InputStream in = store.openPartial(sha256)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (headLength < head.length) {
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buf, 0, head, headLength, take);
                    headLength += take;
                }
                digest.update(buf, 0, n);
                length += n;
            }
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        Optional<String> type = MediaType.sniff(head, headLength);
        if (!actual.equals(sha256) || length != total) {
            store.discardPartial(sha256);
            throw new ApiException(ErrorCode.HASH_MISMATCH, "the bytes received hash to " + actual
                    + ", not to the name they were sent under; the upload was discarded", "sha256");
        }
        if (type.isEmpty()) {
            store.discardPartial(sha256);
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "only JPEG and PNG photos are accepted");
        }
        store.keep(sha256);
        db.write(c -> {
            catalog.registerBlob(c, new PhotoCatalog.BlobInfo(sha256, total, type.get(), clock.millis()));
            return null;
        });
        return new UploadStatus(total, true, true);
    }

    /** The blob's description, if it is kept and the user may see it. */
    public PhotoCatalog.BlobInfo describe(Principal principal, String sha256) {
        checkedSha(sha256);
        return db.read(c -> {
            Optional<PhotoCatalog.BlobInfo> info = catalog.blob(c, sha256);
            if (info.isEmpty() || !(principal.seesEverything()
                    || catalog.referencedInScope(c, sha256, scopes.filterFor(principal)))) {
                throw ApiException.notFound("no photo " + sha256 + " that you may see");
            }
            return info.get();
        });
    }

    public byte[] read(String sha256, long from, int length) {
        try {
            return store.read(sha256, from, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> missing(Principal principal) {
        return db.read(c -> catalog.missing(c, scopes.filterFor(principal), MAX_MISSING_LISTED));
    }

    public long pendingCount() {
        return db.read(catalog::missingCount);
    }
}
