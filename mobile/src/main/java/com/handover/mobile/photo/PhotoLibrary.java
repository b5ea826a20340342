package com.handover.mobile.photo;

import com.handover.mobile.store.PhotoStore;
import com.handover.model.PhotoRef;
import java.io.IOException;
import java.nio.file.Files;
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
    private final RemotePhotos remote;

    public PhotoLibrary(PhotoStore store, ImageCodec codec, ZoneId zone, RemotePhotos remote) {
        this.store = store;
        this.codec = codec;
        this.zone = zone;
        this.remote = remote;
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
        Path original = originalOrDownload(photo.sha256());
        byte[] stamped = codec.stamp(Files.readAllBytes(original),
                List.of(unitLabel, STAMP_TIME.format(photo.capturedAt().atZone(zone))));
        store.putVariant(photo.sha256(), PhotoStore.Variant.STAMPED, stamped);
        return store.variant(photo.sha256(), PhotoStore.Variant.STAMPED).orElseThrow();
    }

    /** The thumbnail if this device has the photo (else the original, if only that is here). */
    public Optional<Path> thumbnail(String sha) {
        return store.variant(sha, PhotoStore.Variant.THUMBNAIL).or(() -> store.file(sha));
    }

    public Optional<Path> original(String sha) {
        return store.file(sha);
    }

    /**
     * The thumbnail of a photo, fetching the photo from the server first when it was taken on another device.
     * The download is kept by its hash, so it is fetched once; it is never uploaded back.
     */
    public Path thumbnailOrDownload(String sha) throws IOException {
        Optional<Path> thumb = store.variant(sha, PhotoStore.Variant.THUMBNAIL);
        if (thumb.isPresent()) {
            return thumb.get();
        }
        byte[] original = Files.readAllBytes(originalOrDownload(sha));
        store.putVariant(sha, PhotoStore.Variant.THUMBNAIL, codec.scaleToJpeg(original, THUMBNAIL_EDGE));
        return store.variant(sha, PhotoStore.Variant.THUMBNAIL).orElseThrow();
    }

    /** The photo itself, fetched from the server when this device does not hold it. */
    public Path originalOrDownload(String sha) throws IOException {
        Optional<Path> local = store.file(sha);
        if (local.isPresent()) {
            return local.get();
        }
        byte[] bytes = remote.download(sha);
        if (!Sha256.hex(bytes).equals(sha)) {
            throw new IOException("the downloaded photo does not match its hash " + sha);
        }
        store.put(bytes, mediaType(bytes));
        return store.file(sha).orElseThrow(() -> new IOException("the photo " + sha + " could not be kept"));
    }

    private static String mediaType(byte[] bytes) {
        boolean png = bytes.length > 4 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        return png ? "image/png" : "image/jpeg";
    }
}
