package com.handover.mobile.photo;

import com.handover.mobile.store.PhotoStore;
import com.handover.model.PhotoRef;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Takes a captured photo in: compressed to {@value #MAX_EDGE} px on the long edge, stored by its SHA-256 with a
 * thumbnail. Also makes the copy for reports with capture time and unit stamped on it.
 */
public final class PhotoLibrary {

    public static final int MAX_EDGE = 2000;
    public static final int THUMBNAIL_EDGE = 240;
    private static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PhotoStore store;
    private final ImageCodec codec;
    private final ZoneId zone;

    public PhotoLibrary(PhotoStore store, ImageCodec codec, ZoneId zone) {
        this.store = store;
        this.codec = codec;
        this.zone = zone;
    }

    /** Compresses and stores a photo; the returned reference names the stored bytes. */
    public PhotoRef importPhoto(byte[] original, Instant capturedAt) throws IOException {
        byte[] compressed = codec.scaleToJpeg(original, MAX_EDGE);
        String sha = store.put(compressed, "image/jpeg");
        store.putVariant(sha, PhotoStore.Variant.THUMBNAIL, codec.scaleToJpeg(compressed, THUMBNAIL_EDGE));
        return new PhotoRef(sha, capturedAt, null, null);
    }

    /** The copy for reports: capture time and unit drawn on it, kept beside the original (which stays untouched). */
    public Path stampedCopy(PhotoRef photo, String unitLabel) throws IOException {
        Optional<Path> existing = store.variant(photo.sha256(), PhotoStore.Variant.STAMPED);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path original = store.file(photo.sha256()).orElseThrow(() ->
                new IOException("the photo " + photo.sha256() + " is not on this device"));
        byte[] stamped = codec.stamp(java.nio.file.Files.readAllBytes(original),
                List.of(unitLabel, STAMP_TIME.format(photo.capturedAt().atZone(zone))));
        store.putVariant(photo.sha256(), PhotoStore.Variant.STAMPED, stamped);
        return store.variant(photo.sha256(), PhotoStore.Variant.STAMPED).orElseThrow();
    }

    public Optional<Path> thumbnail(String sha) {
        return store.variant(sha, PhotoStore.Variant.THUMBNAIL).or(() -> store.file(sha));
    }

    public Optional<Path> original(String sha) {
        return store.file(sha);
    }
}
