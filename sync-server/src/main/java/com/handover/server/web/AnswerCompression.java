package com.handover.server.web;

import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;

/**
 * Gzip at level 5 for answers of 1,500 bytes or more, when the request accepts it (PROTOCOL.md section 2). Chosen
 * by {@code CompressionBenchmark}: on a weak site network (4 Mbit/s) level 5 delivers a round's pull, a full pull
 * page and a snapshot as soon as any level or sooner. Level 6 sends 0.3 to 0.5 % fewer bytes for about a quarter
 * more server CPU; levels 1 to 3 take half the CPU and send 9 to 13 % more bytes.
 */
public final class AnswerCompression {

    public static final int GZIP_LEVEL = 5;
    public static final int MIN_COMPRESSED_BYTES = 1500;

    private AnswerCompression() {
    }

    /** The HTTP layer's compression of every answer that its route does not compress itself. */
    public static CompressionStrategy strategy() {
        CompressionStrategy gzip = new CompressionStrategy(null, new Gzip(GZIP_LEVEL));
        gzip.setDefaultMinSizeForCompression(MIN_COMPRESSED_BYTES);
        return gzip;
    }
}
