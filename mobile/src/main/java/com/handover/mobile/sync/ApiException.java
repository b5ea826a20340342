package com.handover.mobile.sync;

/**
 * The server answered with an error ({@code {"error":{"code","message","field"}}}). Network failures are
 * {@link java.io.IOException}s instead; this exception means the server was reached.
 */
public final class ApiException extends Exception {

    private final int status;
    private final String code;
    private final String field;
    private final Long retryAfterSeconds;
    private final Long received;

    public ApiException(int status, String code, String message, String field, Long retryAfterSeconds, Long received) {
        super(status + " " + code + (message == null ? "" : ": " + message));
        this.status = status;
        this.code = code;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
        this.received = received;
    }

    /** An answer the app cannot use although the server was reached: {@code code} says what was wrong. */
    public static ApiException unusable(int status, String code, String message) {
        return new ApiException(status, code, message, null, null, null);
    }

    /** A successful answer that is not the shape the protocol promises. */
    public static ApiException malformed(String message) {
        return unusable(200, "MALFORMED_RESPONSE", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** From a Retry-After header, where the server sent one. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** For a blob upload at the wrong offset (409): how many bytes the server holds. */
    public Long received() {
        return received;
    }

    /** Worth trying again later: the server failed or asked to slow down. */
    public boolean transientFailure() {
        return status >= 500 || status == 429;
    }
}
