package com.handover.server.office.query;

import com.handover.model.json.OperationCodec;
import com.handover.model.json.OperationFormatException;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored operation as the console shows it (in words, through {@link OpWords}); {@code op} is null when its
 * stored form cannot be read any more.
 */
public record OpView(UUID id, Operation op) {

    /** Longest text value shown on one line. */
    public static final int MAX_VALUE = 160;

    private static final OperationCodec CODEC = new OperationCodec();

    public static OpView of(UUID id, String json) {
        try {
            return new OpView(id, CODEC.fromJson(json));
        } catch (OperationFormatException e) {
            return new OpView(id, null);
        }
    }

    public static OpView of(Operation op) {
        return new OpView(op.id(), op);
    }

    public boolean readable() {
        return op != null;
    }

    public OperationType type() {
        return op == null ? null : op.type();
    }

    public String actor() {
        return op == null ? "" : op.actor();
    }

    public String device() {
        return op == null ? "" : op.device();
    }

    public Hlc hlc() {
        return op == null ? null : op.hlc();
    }

    public Instant at() {
        return op == null ? null : Instant.ofEpochMilli(op.hlc().wallMillis());
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE) + "…";
    }
}
