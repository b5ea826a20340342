package com.handover.mobile.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Photo files in the app's private folder, named by the SHA-256 of their bytes, and their upload state. */
public interface PhotoStore {

    /** Derived files kept beside a photo: a small preview, and a copy with capture time and unit stamped on it. */
    enum Variant { THUMBNAIL, STAMPED }

    /** Writes the bytes (once per hash; the file is complete before this returns) and returns their SHA-256. */
    String put(byte[] bytes, String mediaType);

    Optional<Path> file(String sha);

    void putVariant(String sha, Variant variant, byte[] bytes);

    Optional<Path> variant(String sha, Variant variant);

    /** Photos named by saved operations whose bytes the server has not confirmed, oldest first. */
    List<String> pendingUploads();

    void markUploaded(String sha);

    void markFailed(String sha, String error);

    int pendingCount();
}
