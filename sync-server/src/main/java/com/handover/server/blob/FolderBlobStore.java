package com.handover.server.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Blobs in a folder: kept ones at {@code ab/abcdef…}, uploads in progress under {@code partial/}. Names are
 * checked hex before any path is built, and every path is checked to stay inside the folder.
 */
public final class FolderBlobStore implements BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int LOCK_STRIPES = 64;

    private final Path root;
    private final Path partials;
    private final Object[] locks = new Object[LOCK_STRIPES];

    public FolderBlobStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.partials = this.root.resolve("partial");
        Files.createDirectories(partials);
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    @Override
    public long received(String sha256, long total) throws IOException {
        synchronized (lock(sha256)) {
            long stored = storedTotal(sha256);
            return stored >= 0 && (total <= 0 || total == stored) ? Files.size(partial(sha256)) : 0;
        }
    }

    @Override
    public long append(String sha256, long total, long offset, byte[] bytes)
            throws IOException, OffsetMismatchException {
        synchronized (lock(sha256)) {
            Path part = partial(sha256);
            if (offset == 0) {
                Files.deleteIfExists(part);
                Files.writeString(totalFile(sha256), Long.toString(total), StandardCharsets.US_ASCII);
            } else if (storedTotal(sha256) != total) {
                throw new OffsetMismatchException(0);
            }
            long current = Files.exists(part) ? Files.size(part) : 0;
            if (offset != current) {
                throw new OffsetMismatchException(current);
            }
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
            return current + bytes.length;
        }
    }

    @Override
    public InputStream openPartial(String sha256) throws IOException {
        return Files.newInputStream(partial(sha256));
    }

    @Override
    public void discardPartial(String sha256) throws IOException {
        synchronized (lock(sha256)) {
            Files.deleteIfExists(partial(sha256));
            Files.deleteIfExists(totalFile(sha256));
        }
    }

    @Override
    public void keep(String sha256) throws IOException {
        synchronized (lock(sha256)) {
            Path target = kept(sha256);
            Files.createDirectories(target.getParent());
            Files.move(partial(sha256), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(totalFile(sha256));
        }
    }

    @Override
    public byte[] read(String sha256, long from, int length) throws IOException {
        byte[] out = new byte[length];
        try (FileChannel ch = FileChannel.open(kept(sha256), StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.wrap(out);
            long pos = from;
            while (buf.hasRemaining()) {
                int n = ch.read(buf, pos);
                if (n < 0) {
                    throw new IOException("blob " + sha256 + " is shorter than recorded");
                }
                pos += n;
            }
        }
        return out;
    }

    private long storedTotal(String sha256) throws IOException {
        Path t = totalFile(sha256);
        if (!Files.exists(t) || !Files.exists(partial(sha256))) {
            return -1;
        }
        try {
            return Long.parseLong(Files.readString(t, StandardCharsets.US_ASCII).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Object lock(String sha256) {
        return locks[Math.floorMod(checked(sha256).hashCode(), LOCK_STRIPES)];
    }

    private Path kept(String sha256) {
        return inside(root.resolve(checked(sha256).substring(0, 2)).resolve(sha256));
    }

    private Path partial(String sha256) {
        return inside(partials.resolve(checked(sha256) + ".part"));
    }

    private Path totalFile(String sha256) {
        return inside(partials.resolve(checked(sha256) + ".total"));
    }

    private static String checked(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a blob name must be 64 lower-case hex characters");
        }
        return sha256;
    }

    private Path inside(Path p) {
        Path n = p.normalize();
        if (!n.startsWith(root)) {
            throw new IllegalArgumentException("blob path leaves the blob folder");
        }
        return n;
    }
}
