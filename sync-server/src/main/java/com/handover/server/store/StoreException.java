package com.handover.server.store;

/** A database failure the caller cannot fix (the web layer answers 500 INTERNAL). */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
