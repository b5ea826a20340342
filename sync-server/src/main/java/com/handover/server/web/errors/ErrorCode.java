package com.handover.server.web.errors;

/** The protocol's error codes and the HTTP status each is answered with. */
public enum ErrorCode {
    MALFORMED_JSON(400),
    VALIDATION(400),
    UNSUPPORTED_PROTOCOL_VERSION(400),
    UNAUTHENTICATED(401),
    TOKEN_EXPIRED(401),
    TOKEN_REVOKED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    PAYLOAD_TOO_LARGE(413),
    BATCH_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    RANGE_NOT_SATISFIABLE(416),
    HASH_MISMATCH(422),
    RATE_LIMITED(429),
    INTERNAL(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
