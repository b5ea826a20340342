package com.handover.mobile.store;

import com.handover.model.Checks;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An own operation waiting for the server, with the wire text it was stored in: a push counts and sends those
 * bytes as they are, instead of writing the operation out again.
 *
 * @param utf8 the operation's wire text ({@link OperationCodec#toJson}) in UTF-8, as read from the log; not to be
 *             changed
 */
public record OutboxEntry(Operation operation, byte[] utf8) {

    public OutboxEntry {
        Checks.required("operation", operation);
        Checks.required("utf8", utf8);
    }

    /** An operation with the wire text {@code codec} writes for it. */
    public static OutboxEntry encode(Operation operation, OperationCodec codec) {
        return new OutboxEntry(operation, codec.toJson(operation).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutboxEntry e && operation.equals(e.operation) && Arrays.equals(utf8, e.utf8);
    }

    @Override
    public int hashCode() {
        return 31 * operation.hashCode() + Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return "OutboxEntry[" + new String(utf8, StandardCharsets.UTF_8) + "]";
    }
}
