package com.handover.server.config;

import java.time.Duration;

/**
 * Every limit the server enforces, in one place, so that each is explicit and can be set on the command line.
 *
 * @param maxBodyBytes        largest JSON request body (a push batch)
 * @param maxBatchOperations  most operations in one push
 * @param maxPullLimit        most operations in one pull page
 * @param defaultPullLimit    page size when the client names none
 * @param maxBlobBytes        largest photo
 * @param maxBlobChunkBytes   largest part of a photo in one upload request
 * @param tokenTtl            how long a login token is valid
 * @param loginMaxFailures    failed logins for one user name within {@code loginWindow} before logins are refused
 * @param loginWindow         the window for counting failed logins
 */
public record Limits(int maxBodyBytes, int maxBatchOperations, int maxPullLimit, int defaultPullLimit,
                     long maxBlobBytes, int maxBlobChunkBytes, Duration tokenTtl, int loginMaxFailures,
                     Duration loginWindow) {

    public static final int MIB = 1024 * 1024;
    /** Longest user name, password or device name accepted at login. */
    public static final int MAX_CREDENTIAL_LENGTH = 256;
    /** Largest request line and headers together; beyond it the web server answers 431 (414 for the target). */
    public static final int MAX_HEADER_BYTES = 8 * 1024;
    /** Largest login or logout body. */
    public static final int MAX_SMALL_BODY_BYTES = 16 * 1024;

    public static Limits defaults() {
        return new Limits(4 * MIB, 500, 1000, 500, 15L * MIB, 4 * MIB, Duration.ofDays(30), 5,
                Duration.ofMinutes(15));
    }

    public Limits {
        positive("maxBodyBytes", maxBodyBytes);
        positive("maxBatchOperations", maxBatchOperations);
        positive("maxPullLimit", maxPullLimit);
        positive("defaultPullLimit", defaultPullLimit);
        if (defaultPullLimit > maxPullLimit) {
            throw new IllegalArgumentException("defaultPullLimit must not exceed maxPullLimit");
        }
        positive("maxBlobBytes", maxBlobBytes);
        positive("maxBlobChunkBytes", maxBlobChunkBytes);
        if (tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("tokenTtl must be positive");
        }
        positive("loginMaxFailures", loginMaxFailures);
        if (loginWindow.isNegative() || loginWindow.isZero()) {
            throw new IllegalArgumentException("loginWindow must be positive");
        }
    }

    public Limits withTokenTtl(Duration ttl) {
        return new Limits(maxBodyBytes, maxBatchOperations, maxPullLimit, defaultPullLimit, maxBlobBytes,
                maxBlobChunkBytes, ttl, loginMaxFailures, loginWindow);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
