package com.handover.mobile.store;

import com.handover.model.sync.Operation;

/** An own operation the server refused, with its machine-readable reason; it stays in the log to be shown. */
public record RejectedOperation(Operation operation, String code, String message) {
}
