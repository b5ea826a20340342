package com.handover.mobile.store;

/** The local database or photo folder could not be read or written; nothing of the failed write was kept. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
