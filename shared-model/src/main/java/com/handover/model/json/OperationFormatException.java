package com.handover.model.json;

/**
 * An operation that could not be read: the JSON was malformed, named an unknown type, or its content broke
 * a rule of the model. Nothing is half-built when this is thrown.
 */
public final class OperationFormatException extends RuntimeException {

    public enum Code {
        /** Not JSON, or not a JSON object, or nested deeper than the limit. */
        MALFORMED,
        /** The operation type is not in the catalogue. */
        UNKNOWN_TYPE,
        /** A field is missing, unknown, of the wrong type, or breaks a rule of the model. */
        INVALID
    }

    private final Code code;

    public OperationFormatException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public OperationFormatException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
