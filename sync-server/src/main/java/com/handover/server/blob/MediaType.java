package com.handover.server.blob;

import java.util.Optional;

/** Tells JPEG and PNG apart by their first bytes; nothing else is accepted as a photo. */
public final class MediaType {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    /** Bytes needed to tell. */
    public static final int SNIFF_LENGTH = 8;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private MediaType() {
    }

    /**
     * Whether a photo may begin with these bytes: a first chunk shorter than a signature is taken when it is the
     * beginning of one (the whole photo is checked again when it is complete).
     */
    public static boolean mayBegin(byte[] first) {
        return sniff(first, first.length).isPresent() || isPrefixOf(first, JPEG_MAGIC) || isPrefixOf(first, PNG_MAGIC);
    }

    private static boolean isPrefixOf(byte[] bytes, byte[] magic) {
        if (bytes.length == 0 || bytes.length >= magic.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    public static Optional<String> sniff(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (length >= PNG_MAGIC.length) {
            for (int i = 0; i < PNG_MAGIC.length; i++) {
                if (head[i] != PNG_MAGIC[i]) {
                    return Optional.empty();
                }
            }
            return Optional.of(PNG);
        }
        return Optional.empty();
    }
}
