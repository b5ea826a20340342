package com.handover.server.web.errors;

import java.util.Map;

/**
 * A request the server refuses, with the protocol's error code, a message saying what to change, and the
 * offending field where there is one. {@link ErrorMapper} turns it into the JSON error body.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final String field;
    private final int status;
    private final Map<String, Object> extra;
    private final Map<String, String> headers;

    public ApiException(ErrorCode code, String message) {
        this(code, code.status(), message, null, Map.of(), Map.of());
    }

    public ApiException(ErrorCode code, String message, String field) {
        this(code, code.status(), message, field, Map.of(), Map.of());
    }

    public ApiException(ErrorCode code, int status, String message, String field, Map<String, Object> extra,
                        Map<String, String> headers) {
        super(message);
        this.code = code;
        this.status = status;
        this.field = field;
        this.extra = Map.copyOf(extra);
        this.headers = Map.copyOf(headers);
    }

    public ErrorCode code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    /** Members added beside {@code error} in the body (e.g. {@code received} for an upload at the wrong offset). */
    public Map<String, Object> extra() {
        return extra;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ApiException validation(String field, String message) {
        return new ApiException(ErrorCode.VALIDATION, message, field);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }
}
