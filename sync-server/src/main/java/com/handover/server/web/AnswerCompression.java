package com.handover.server.web;

import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;

/**
 * Gzip at level 6 for answers of 1,500 bytes or more, when the request accepts it (PROTOCOL.md section 2). Chosen
 * by {@code CompressionBenchmark}: on a weak site network (4 Mbit/s) level 6 delivers a round's pull and a snapshot
 * soonest, and costs under 1 ms of server CPU for a round's pull; level 1 would save about half of that and send
 * 10 % more bytes.
 */
public final class AnswerCompression {

    public static final int GZIP_LEVEL = 6;
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
