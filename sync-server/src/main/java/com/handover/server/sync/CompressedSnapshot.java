package com.handover.server.sync;

import com.handover.server.web.AnswerCompression;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Writes a snapshot answer from its compressed segments and a tail compressed now, as one gzip member: the gzip
 * header, the segments' deflate data one after another, the tail ending in the final block, and the trailer
 * (the CRC-32 of all the lines, combined from the segments', and their length). An answer that stays under
 * {@value AnswerCompression#MIN_COMPRESSED_BYTES} bytes goes out as plain lines, as every short answer does.
 */
final class CompressedSnapshot {

    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, 0};

    private final SnapshotSink sink;
    private final List<SnapshotSegment> notYetWritten = new ArrayList<>();
    private OutputStream gzip;
    private long operations;
    private long plainLength;
    private int crc;

    CompressedSnapshot(SnapshotSink sink) {
        this.sink = sink;
    }

    void add(SnapshotSegment segment) throws IOException {
        operations += segment.operations();
        crc = Crc32Combine.combine(crc, segment.crc(), segment.plainLength());
        plainLength += segment.plainLength();
        if (gzip != null) {
            gzip.write(segment.deflated());
            return;
        }
        notYetWritten.add(segment);
        if (plainLength >= AnswerCompression.MIN_COMPRESSED_BYTES) {
            startGzip();
        }
    }

    /** Operation lines in the segments added so far. */
    long operations() {
        return operations;
    }

    /** Ends the answer with the tail's lines and the closing line, in plain text. */
    void finish(byte[] tail) throws IOException {
        CRC32 tailCrc = new CRC32();
        tailCrc.update(tail);
        crc = Crc32Combine.combine(crc, (int) tailCrc.getValue(), tail.length);
        plainLength += tail.length;
        if (gzip == null && plainLength < AnswerCompression.MIN_COMPRESSED_BYTES) {
            OutputStream plain = sink.open(false);
            for (SnapshotSegment s : notYetWritten) {
                plain.write(inflate(s));
            }
            plain.write(tail);
            plain.flush();
            return;
        }
        if (gzip == null) {
            startGzip();
        }
        writeLastBlock(tail);
        writeIntLittleEndian(crc);
        writeIntLittleEndian((int) plainLength); // ISIZE: the length modulo 2^32
        gzip.flush();
    }

    private void startGzip() throws IOException {
        gzip = sink.open(true);
        gzip.write(GZIP_HEADER);
        for (SnapshotSegment s : notYetWritten) {
            gzip.write(s.deflated());
        }
        notYetWritten.clear();
    }

    private void writeLastBlock(byte[] tail) throws IOException {
        Deflater deflater = new Deflater(SnapshotSegment.LEVEL, true);
        try {
            deflater.setInput(tail);
            deflater.finish();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                gzip.write(buffer, 0, n);
            }
        } finally {
            deflater.end();
        }
    }

    private void writeIntLittleEndian(int value) throws IOException {
        gzip.write(value);
        gzip.write(value >>> 8);
        gzip.write(value >>> 16);
        gzip.write(value >>> 24);
    }

    /** The lines of a (short) segment, for an answer that goes out plain. */
    private static byte[] inflate(SnapshotSegment segment) throws IOException {
        byte[] plain = new byte[Math.toIntExact(segment.plainLength())];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(segment.deflated());
            int done = 0;
            while (done < plain.length) {
                int n = inflater.inflate(plain, done, plain.length - done);
                if (n == 0 && (inflater.needsInput() || inflater.finished())) {
                    throw new IOException("a snapshot segment holds fewer bytes than it says");
                }
                done += n;
            }
            return plain;
        } catch (DataFormatException e) {
            throw new IOException("a snapshot segment is not valid deflate data", e);
        } finally {
            inflater.end();
        }
    }
}
