package com.handover.mobile.store;

import com.handover.model.Checks;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import java.nio.charset.StandardCharsets;

/**
 * An own operation waiting for the server, with the wire text it was stored in: a push sends that text as it is,
 * instead of writing the operation out again.
 *
 * @param json the operation's wire text ({@link OperationCodec#toJson})
 */
public record OutboxEntry(Operation operation, String json) {

    public OutboxEntry {
        Checks.required("operation", operation);
        Checks.required("json", json);
    }

    /** An operation with the wire text {@code codec} writes for it. */
    public static OutboxEntry encode(Operation operation, OperationCodec codec) {
        return new OutboxEntry(operation, codec.toJson(operation));
    }

    /** The same text's bytes, for a request body. */
    public byte[] utf8() {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
