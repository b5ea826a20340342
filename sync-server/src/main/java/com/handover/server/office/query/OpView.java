package com.handover.server.office.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.json.OperationCodec;
import com.handover.model.json.OperationFormatException;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An operation decoded for people to read: who, when, on which device, and its payload as field/value lines
 * (long values shortened). An operation whose stored JSON cannot be read any more is shown as unreadable.
 */
public record OpView(UUID id, OperationType type, String actor, String device, Hlc hlc, List<Field> fields,
                     boolean readable) {

    /** Longest value shown on one line. */
    public static final int MAX_VALUE = 160;

    public record Field(String name, String value) {
    }

    private static final OperationCodec CODEC = new OperationCodec();

    public static OpView of(UUID id, String json) {
        Operation op;
        try {
            op = CODEC.fromJson(json);
        } catch (OperationFormatException e) {
            return new OpView(id, null, "", "", null, List.of(new Field("error", shorten(e.getMessage()))), false);
        }
        return of(op);
    }

    public static OpView of(Operation op) {
        List<Field> fields = new ArrayList<>();
        JsonNode payload = CODEC.toTree(op).get("payload");
        Iterator<Map.Entry<String, JsonNode>> it = payload.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.add(new Field(e.getKey(), describe(e.getKey(), e.getValue())));
        }
        return new OpView(op.id(), op.type(), op.actor(), op.device(), op.hlc(), List.copyOf(fields), true);
    }

    public Instant at() {
        return hlc == null ? null : Instant.ofEpochMilli(hlc.wallMillis());
    }

    private static String describe(String name, JsonNode v) {
        if (v.isValueNode()) {
            return shorten(v.asText());
        }
        if (v.isArray()) {
            if (name.equals("signatures")) {
                List<String> who = new ArrayList<>();
                v.forEach(s -> who.add(s.path("role").asText() + ":" + s.path("signerName").asText()));
                return shorten(String.join(", ", who));
            }
            if (v.size() > 0 && v.get(0).has("sha256")) {
                List<String> shas = new ArrayList<>();
                v.forEach(p -> shas.add(p.path("sha256").asText().substring(0, Math.min(12, p.path("sha256").asText().length()))));
                return shorten(String.join(", ", shas));
            }
            return v.size() + " ×";
        }
        return shorten(v.toString());
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE) + "…";
    }
}
