package com.handover.server.office.figures;

import com.handover.server.Components;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The width and height of stored photos and floor plans, read from their headers: markup and pins are drawn in
 * the picture's own pixels. Photos never change (they are named by their hash), so sizes are remembered.
 */
public final class PhotoSizes {

    /** Sizes remembered before the memory starts afresh. */
    static final int REMEMBERED = 20_000;

    public record Size(int width, int height) {
    }

    private final Components c;
    private final Map<String, Size> known = new ConcurrentHashMap<>();

    public PhotoSizes(Components c) {
        this.c = c;
    }

    /** The size of a stored picture; empty when its bytes have not arrived or are not a picture. */
    public Optional<Size> of(Connection conn, String sha256) {
        Size size = known.get(sha256);
        if (size != null) {
            return Optional.of(size);
        }
        Optional<byte[]> bytes;
        try {
            bytes = c.photos().blob(conn, sha256).map(info -> c.blobs().read(sha256, 0, (int) info.size()));
        } catch (SQLException e) {
            throw new IllegalStateException("photo " + sha256 + " could not be looked up", e);
        }
        Optional<Size> read = bytes.flatMap(PhotoSizes::read);
        read.ifPresent(s -> {
            if (known.size() >= REMEMBERED) {
                known.clear();
            }
            known.put(sha256, s);
        });
        return read;
    }

    /** The size in an image's header (PNG or JPEG), without decoding its pixels. */
    public static Optional<Size> read(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
