package com.handover.server.sync;

import com.handover.server.store.OperationLog;
import com.handover.server.web.AnswerCompression;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The snapshot lines of one span of log positions in one scope, compressed on their own: raw deflate data that
 * starts from an empty window and ends on a byte boundary without a final block, so that segments laid one after
 * another, then a last block, make one valid deflate stream, and one gzip member around it (RFC 1951 section 3.2.3,
 * RFC 1952). The CRC-32 and length of the lines go with it for the gzip trailer.
 */
record SnapshotSegment(byte[] deflated, int operations, long plainLength, int crc) {

    /** The gzip level of snapshots, the level of every compressed answer (PROTOCOL.md section 2). */
    static final int LEVEL = AnswerCompression.GZIP_LEVEL;

    static final SnapshotSegment EMPTY = new SnapshotSegment(new byte[0], 0, 0, 0);

    private static final int BUFFER = 64 * 1024;

    /** Compresses the lines of these stored operations. */
    static SnapshotSegment of(List<OperationLog.PagedOperation> rows) {
        if (rows.isEmpty()) {
            return EMPTY;
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            // Not closed: closing would finish the stream with a final block.
            OutputStream deflating = new DeflaterOutputStream(packed, deflater, BUFFER, true);
            CRC32 crc = new CRC32();
            CountingCrc counted = new CountingCrc(deflating, crc);
            // A line is written in five small pieces; the CRC and the deflater take them a buffer at a time, not a
            // native call per piece.
            OutputStream lines = new BufferedOutputStream(counted, BUFFER);
            for (OperationLog.PagedOperation row : rows) {
                SnapshotWriter.writeEntry(lines, row.position(), row.json());
            }
            lines.flush();
            deflating.flush(); // a sync flush: the data ends on a byte boundary, with no final block
            return new SnapshotSegment(packed.toByteArray(), rows.size(), counted.count, (int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
    }

    /** The compressed bytes this segment keeps in memory. */
    long size() {
        return deflated.length;
    }

    /** Passes bytes on, adding them to a CRC-32 and counting them. */
    static final class CountingCrc extends OutputStream {
        private final OutputStream out;
        private final CRC32 crc;
        long count;

        CountingCrc(OutputStream out, CRC32 crc) {
            this.out = out;
            this.crc = crc;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            crc.update(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            crc.update(b, off, len);
            count += len;
        }
    }
}
