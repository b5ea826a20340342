package com.handover.server.blob;

import com.handover.server.store.Database;
import com.handover.server.store.jdbc.Sql;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Blobs in PostgreSQL, shared by every node: each upload request's bytes are one row of {@code blob_chunks};
 * the upload's progress is a row of {@code blob_uploads}, locked while a part is appended so that two nodes
 * receiving parts of one photo never interleave them.
 */
public final class PostgresBlobStore implements BlobStore {

    private final Database db;
    private final Clock clock;

    public PostgresBlobStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long received(String sha256, long total) {
        return db.read(c -> Sql.queryOne(c, "SELECT received FROM blob_uploads WHERE sha256 = ? AND (total = ? OR ? <= 0)",
                rs -> rs.getLong(1), sha256, total, total).orElse(0L));
    }

    @Override
    public long append(String sha256, long total, long offset, byte[] bytes) throws OffsetMismatchException {
        long[] mismatch = {-1};
        long result = db.write(c -> {
            Optional<long[]> upload = Sql.queryOne(c, "SELECT total, received FROM blob_uploads WHERE sha256 = ? FOR UPDATE",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2)}, sha256);
            if (offset == 0) {
                Sql.update(c, "DELETE FROM blob_chunks WHERE sha256 = ?", sha256);
                if (upload.isPresent()) {
                    Sql.update(c, "UPDATE blob_uploads SET total = ?, received = 0 WHERE sha256 = ?", total, sha256);
                } else {
                    insertUpload(c, sha256, total);
                }
            } else if (upload.isEmpty() || upload.get()[0] != total || upload.get()[1] != offset) {
                mismatch[0] = upload.isPresent() && upload.get()[0] == total ? upload.get()[1] : 0;
                return -1L;
            }
            Sql.update(c, "INSERT INTO blob_chunks (sha256, start_offset, data) VALUES (?, ?, ?)", sha256, offset, bytes);
            long received = offset + bytes.length;
            Sql.update(c, "UPDATE blob_uploads SET received = ?, updated_at = ? WHERE sha256 = ?", received,
                    clock.millis(), sha256);
            return received;
        });
        if (result < 0) {
            throw new OffsetMismatchException(mismatch[0]);
        }
        return result;
    }

    private void insertUpload(Connection c, String sha256, long total) throws SQLException {
        // Two nodes may start the same photo at once: the second insert does nothing and the row lock orders them.
        Sql.update(c, "INSERT INTO blob_uploads (sha256, total, received, updated_at) VALUES (?, ?, 0, ?)"
                + " ON CONFLICT (sha256) DO UPDATE SET total = EXCLUDED.total, received = 0", sha256, total, clock.millis());
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

    @Override
    public void keep(String sha256) {
        db.write(c -> Sql.update(c, "DELETE FROM blob_uploads WHERE sha256 = ?", sha256));
    }

    @Override
    public byte[] read(String sha256, long from, int length) throws IOException {
        long end = from + length;
        List<Object[]> chunks = db.read(c -> Sql.query(c, "SELECT start_offset, data FROM blob_chunks WHERE sha256 = ?"
                        + " AND start_offset < ? AND start_offset + octet_length(data) > ? ORDER BY start_offset",
                rs -> new Object[] {rs.getLong(1), rs.getBytes(2)}, sha256, end, from));
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
            throw new IOException("blob " + sha256 + " is shorter than recorded");
        }
        return out;
    }
}
