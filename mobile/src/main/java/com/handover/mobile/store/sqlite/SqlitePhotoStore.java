package com.handover.mobile.store.sqlite;

import com.handover.mobile.photo.Sha256;
import com.handover.mobile.store.PhotoStore;
import com.handover.mobile.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Photo files in a folder, one per SHA-256, and their upload state in the replica database. */
public final class SqlitePhotoStore implements PhotoStore {

    private final SqliteDatabase db;
    private final Path folder;
    private final Clock clock;

    public SqlitePhotoStore(SqliteDatabase db, Path folder, Clock clock) {
        this.db = db;
        this.folder = folder;
        this.clock = clock;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("could not create the photo folder " + folder, e);
        }
    }

    @Override
    public String put(byte[] bytes, String mediaType) {
        String sha = Sha256.hex(bytes);
        Path target = original(sha);
        if (!Files.exists(target)) {
            writeDurably(target, bytes);
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO photos (sha, size, media_type, stored_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (sha) DO NOTHING")) {
                ps.setString(1, sha);
                ps.setLong(2, bytes.length);
                ps.setString(3, mediaType);
                ps.setString(4, clock.instant().toString());
                ps.executeUpdate();
            }
            return null;
        });
        return sha;
    }

    @Override
    public Optional<Path> file(String sha) {
        Path p = original(sha);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    @Override
    public void putVariant(String sha, Variant variant, byte[] bytes) {
        writeDurably(variantPath(sha, variant), bytes);
    }

    @Override
    public Optional<Path> variant(String sha, Variant variant) {
        Path p = variantPath(sha, variant);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    @Override
    public List<String> pendingUploads() {
        return db.read(c -> {
            List<String> shas = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT sha FROM photos WHERE referenced = 1"
                    + " AND upload_state IN ('PENDING', 'FAILED') ORDER BY stored_at, sha");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shas.add(rs.getString(1));
                }
            }
            return shas;
        });
    }

    @Override
    public void markUploaded(String sha) {
        update(sha, "UPLOADED", null);
    }

    @Override
    public void markFailed(String sha, String error) {
        update(sha, "FAILED", error);
    }

    @Override
    public int pendingCount() {
        return pendingUploads().size();
    }

    private void update(String sha, String state, String error) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE photos SET upload_state = ?, last_error = ?,"
                    + " attempts = attempts + 1 WHERE sha = ?")) {
                ps.setString(1, state);
                ps.setString(2, error);
                ps.setString(3, sha);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private Path original(String sha) {
        return folder.resolve(Sha256.require(sha) + ".img");
    }

    private Path variantPath(String sha, Variant variant) {
        return folder.resolve(Sha256.require(sha) + "." + variant.name().toLowerCase(Locale.ROOT) + ".jpg");
    }

    /** Writes to a temporary file, forces it to disk, then renames it into place: a file is whole or absent. */
    private static void writeDurably(Path target, byte[] bytes) {
        try {
            Path tmp = Files.createTempFile(target.getParent(), "incoming-", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("could not store the photo file " + target, e);
        }
    }
}
