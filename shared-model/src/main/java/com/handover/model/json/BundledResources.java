package com.handover.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a resource bundled in shared-model as UTF-8 text; a missing one is a broken build. */
final class BundledResources {

    /** Largest bundled resource read (the finished-unit template is about 80 KB). */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private BundledResources() {
    }

    static String text(String path) {
        try (InputStream in = BundledResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + path + " is missing from shared-model");
            }
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IllegalStateException("bundled resource " + path + " is larger than " + MAX_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read bundled resource " + path, e);
        }
    }
}
