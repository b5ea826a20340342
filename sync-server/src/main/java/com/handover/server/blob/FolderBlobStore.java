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
import java.util.Optional;
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
    public Optional<UploadRules.Progress> progress(String sha256) throws IOException {
        synchronized (lock(sha256)) {
            return progressLocked(sha256);
        }
    }

    @Override
    public long append(String sha256, long total, long offset, byte[] bytes, long nowMillis)
            throws IOException, UploadRules.Refused {
        synchronized (lock(sha256)) {
            Path part = partial(sha256);
            UploadRules.Write write = UploadRules.plan(progressLocked(sha256), total, offset, bytes,
                    (from, length) -> readFile(part, from, length), nowMillis);
            if (write.fresh()) {
                Files.deleteIfExists(part);
            }
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buf = ByteBuffer.wrap(write.bytes());
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
            if (write.fresh() || write.bytes().length > 0) {
                Files.writeString(totalFile(sha256), total + " " + nowMillis, StandardCharsets.US_ASCII);
            }
            return Files.size(part);
        }
    }

    private Optional<UploadRules.Progress> progressLocked(String sha256) throws IOException {
        Path part = partial(sha256);
        Path t = totalFile(sha256);
        if (!Files.exists(t) || !Files.exists(part)) {
            return Optional.empty();
        }
        String[] fields = Files.readString(t, StandardCharsets.US_ASCII).trim().split(" ");
        try {
            long total = Long.parseLong(fields[0]);
            long last = fields.length > 1 ? Long.parseLong(fields[1]) : Files.getLastModifiedTime(part).toMillis();
            return Optional.of(new UploadRules.Progress(total, Files.size(part), last));
        } catch (NumberFormatException e) {
            return Optional.empty();
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
        return readFile(kept(sha256), from, length);
    }

    private static byte[] readFile(Path file, long from, int length) throws IOException {
        byte[] out = new byte[length];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.wrap(out);
            long pos = from;
            while (buf.hasRemaining()) {
                int n = ch.read(buf, pos);
                if (n < 0) {
                    throw new IOException("blob " + file.getFileName() + " is shorter than recorded");
                }
                pos += n;
            }
        }
        return out;
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
