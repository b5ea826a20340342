package com.handover.server.blob;

import com.handover.server.store.Database;
import com.handover.server.store.jdbc.Sql;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Blobs in PostgreSQL, shared by every node: each upload request's new bytes are one row of {@code blob_chunks};
 * the upload's progress is a row of {@code blob_uploads}, locked while a chunk is applied ({@link UploadRules})
 * so that two nodes receiving chunks of one photo never interleave them.
 */
public final class PostgresBlobStore implements BlobStore {

    private final Database db;
    public PostgresBlobStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<UploadRules.Progress> progress(String sha256) {
        return db.read(c -> Sql.queryOne(c, "SELECT total, received, updated_at FROM blob_uploads WHERE sha256 = ?",
                rs -> new UploadRules.Progress(rs.getLong(1), rs.getLong(2), rs.getLong(3)), sha256));
    }

    @Override
    public long append(String sha256, long total, long offset, byte[] bytes, long nowMillis)
            throws UploadRules.Refused, IOException {
        try {
            return db.write(c -> {
                // Two nodes may start the same photo at once: the row exists before it is locked, so they queue.
                Sql.update(c, "INSERT INTO blob_uploads (sha256, total, received, updated_at) VALUES (?, ?, 0, ?)"
                        + " ON CONFLICT (sha256) DO NOTHING", sha256, total, nowMillis);
                Optional<UploadRules.Progress> progress = Sql.queryOne(c,
                        "SELECT total, received, updated_at FROM blob_uploads WHERE sha256 = ? FOR UPDATE",
                        rs -> new UploadRules.Progress(rs.getLong(1), rs.getLong(2), rs.getLong(3)), sha256);
                Optional<Long> kept = Sql.queryOne(c, "SELECT size FROM blobs WHERE sha256 = ?", rs -> rs.getLong(1),
                        sha256);
                if (kept.isPresent()) {
                    // Kept by another node meanwhile: its chunks are the photo now and are never touched again.
                    return kept.get();
                }
                return apply(c, sha256, total, plan(c, sha256, progress, total, offset, bytes, nowMillis), nowMillis);
            });
        } catch (Refusal r) {
            throw r.refused;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Carries a refusal out of the transaction, which it rolls back. */
    private static final class Refusal extends RuntimeException {
        private final UploadRules.Refused refused;

        Refusal(UploadRules.Refused refused) {
            super(refused.getMessage(), null, false, false);
            this.refused = refused;
        }
    }

    private static UploadRules.Write plan(Connection c, String sha256, Optional<UploadRules.Progress> progress,
                                          long total, long offset, byte[] bytes, long nowMillis) {
        try {
            return UploadRules.plan(progress, total, offset, bytes, (from, length) -> {
                try {
                    return readChunks(c, sha256, from, length);
                } catch (SQLException e) {
                    throw new IOException(e);
                }
            }, nowMillis);
        } catch (UploadRules.Refused e) {
            throw new Refusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long apply(Connection c, String sha256, long total, UploadRules.Write write, long nowMillis)
            throws SQLException {
        if (write.fresh()) {
            Sql.update(c, "DELETE FROM blob_chunks WHERE sha256 = ?", sha256);
            Sql.update(c, "UPDATE blob_uploads SET total = ?, received = 0 WHERE sha256 = ?", total, sha256);
        }
        long received = write.at() + write.bytes().length;
        if (write.bytes().length > 0) {
            Sql.update(c, "INSERT INTO blob_chunks (sha256, start_offset, data) VALUES (?, ?, ?)", sha256,
                    write.at(), write.bytes());
            Sql.update(c, "UPDATE blob_uploads SET received = ?, updated_at = ? WHERE sha256 = ?", received,
                    nowMillis, sha256);
        }
        return received;
    }

    @Override
    public InputStream openPartial(String sha256) {
        List<byte[]> chunks = db.read(c -> Sql.query(c,
                "SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY start_offset", rs -> rs.getBytes(1), sha256));
        List<InputStream> streams = new ArrayList<>();
        chunks.forEach(b -> streams.add(new ByteArrayInputStream(b)));
        return new SequenceInputStream(Collections.enumeration(streams));
    }

    @Override
    public void discardPartial(String sha256) {
        db.write(c -> {
            Sql.update(c, "DELETE FROM blob_chunks WHERE sha256 = ?", sha256);
            Sql.update(c, "DELETE FROM blob_uploads WHERE sha256 = ?", sha256);
            return null;
        });
    }

    /**
     * The chunks already are the kept photo. The upload's row stays, complete, so that a late chunk from another
     * node is only compared with them and can never start the photo afresh (which would delete its chunks).
     */
    @Override
    public void keep(String sha256) {
    }

    @Override
    public byte[] read(String sha256, long from, int length) throws IOException {
        try {
            return db.read(c -> readChunks(c, sha256, from, length));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] readChunks(Connection c, String sha256, long from, int length) throws SQLException {
        long end = from + length;
        List<Object[]> chunks = Sql.query(c, "SELECT start_offset, data FROM blob_chunks WHERE sha256 = ?"
                        + " AND start_offset < ? AND start_offset + octet_length(data) > ? ORDER BY start_offset",
                rs -> new Object[] {rs.getLong(1), rs.getBytes(2)}, sha256, end, from);
        byte[] out = new byte[length];
        int filled = 0;
        for (Object[] chunk : chunks) {
            long start = (Long) chunk[0];
            byte[] data = (byte[]) chunk[1];
            long copyFrom = Math.max(from, start);
            long copyTo = Math.min(end, start + data.length);
            System.arraycopy(data, (int) (copyFrom - start), out, (int) (copyFrom - from), (int) (copyTo - copyFrom));
            filled += (int) (copyTo - copyFrom);
        }
        if (filled != length) {
            throw new UncheckedIOException(new IOException("blob " + sha256 + " is shorter than recorded"));
        }
        return out;
    }
}
