package com.handover.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.SharedValues;
import com.handover.model.TextShapes;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.Payload;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/** Reads and writes operations in their wire form (see docs/PROTOCOL.md). */
public final class OperationCodec {

    private static final Set<String> ENVELOPE_FIELDS =
            Set.of("id", "type", "entity", "hlc", "actor", "device", "prev", "payload");

    private final ObjectMapper mapper;
    private final StreamedOperationReader streamed;

    public OperationCodec() {
        this(ModelJson.mapper(), false);
    }

    private OperationCodec(ObjectMapper mapper, boolean shareRecurringValues) {
        this.mapper = mapper;
        this.streamed = new StreamedOperationReader(mapper, shareRecurringValues);
    }

    /**
     * A codec for operations that are read to be held, as a replica holds every operation of its scope while it
     * folds them: what recurs across them (the record, the person, the device, the clock's node, rooms and items)
     * is read into one instance of each ({@link SharedValues}). A server that reads operations and lets go of them
     * would only pay for the lookups.
     */
    public static OperationCodec forReplica() {
        return new OperationCodec(ModelJson.sharingMapper(), true);
    }

    /** The operation's wire text: the same text as {@link #toTree}'s, written straight out without the tree. */
    public String toJson(Operation op) {
        String itemResult = ItemResultWriter.write(op);
        if (itemResult != null) {
            return itemResult;
        }
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = mapper.createGenerator(out)) {
            g.writeStartObject();
            envelope(op, (name, value) -> {
                try {
                    g.writeStringField(name, value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeFieldName("payload");
            mapper.writeValue(g, op.payload());
            g.writeEndObject();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("an operation could not be written as JSON", e);
        }
        return out.toString();
    }

    public ObjectNode toTree(Operation op) {
        ObjectNode node = mapper.createObjectNode();
        envelope(op, node::put);
        node.set("payload", mapper.valueToTree(op.payload()));
        return node;
    }

    /** The envelope's fields, in their wire order; the payload follows them. */
    private static void envelope(Operation op, BiConsumer<String, String> field) {
        field.accept("id", op.id().toString());
        field.accept("type", op.type().wireName());
        field.accept("entity", op.entity().toString());
        field.accept("hlc", op.hlc().toString());
        field.accept("actor", op.actor());
        field.accept("device", op.device());
        if (op.prev() != null) {
            field.accept("prev", op.prev().toString());
        }
    }

    public Operation fromJson(String json) {
        Operation read = streamed.read(json);
        return read != null ? read : fromTree(tree(() -> mapper.readTree(json)));
    }

    /** The operation in {@code length} bytes of UTF-8 JSON at {@code offset}, read and refused as {@link #fromJson(String)}. */
    public Operation fromJson(byte[] utf8, int offset, int length) {
        Operation read = streamed.read(utf8, offset, length);
        return read != null ? read : fromTree(tree(() -> mapper.readTree(utf8, offset, length)));
    }

    /**
     * The operation whose {@code START_OBJECT} is the parser's current token, read through its {@code END_OBJECT}
     * in the same pass as what holds it (a pull answer's entries), with no second look at its text. Empty when it
     * is not a valid operation in the canonical order, and the parser is then left inside it: read that
     * operation's text with {@link #fromJson(byte[], int, int)}, which refuses it with the words.
     */
    public Optional<Operation> readInPlace(JsonParser p) {
        return Optional.ofNullable(streamed.readInPlace(p));
    }

    private interface TreeRead {
        JsonNode read() throws IOException;
    }

    /** The text as a tree, for the checks that say what is wrong with it. */
    private static JsonNode tree(TreeRead read) {
        try {
            return read.read();
        } catch (JsonProcessingException e) {
            throw new OperationFormatException(OperationFormatException.Code.MALFORMED,
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Operation fromTree(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw invalid(OperationFormatException.Code.MALFORMED, "an operation must be a JSON object");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!ENVELOPE_FIELDS.contains(name)) {
                throw invalid(OperationFormatException.Code.INVALID, "unknown field '" + name + "'");
            }
        });
        String typeName = text(node, "type", true);
        OperationType type = OperationType.fromWireName(typeName).orElseThrow(() ->
                invalid(OperationFormatException.Code.UNKNOWN_TYPE, "unknown operation type '" + abbreviate(typeName) + "'"));
        UUID id = uuid(node, "id", true);
        UUID entity = uuid(node, "entity", true);
        Hlc hlc;
        try {
            hlc = Hlc.parse(text(node, "hlc", true));
        } catch (IllegalArgumentException e) {
            throw invalid(OperationFormatException.Code.INVALID, "hlc: " + e.getMessage());
        }
        String actor = text(node, "actor", true);
        String device = text(node, "device", true);
        UUID prev = uuid(node, "prev", false);
        JsonNode payloadNode = node.get("payload");
        if (payloadNode == null || !payloadNode.isObject()) {
            throw invalid(OperationFormatException.Code.INVALID, "payload must be a JSON object");
        }
        Payload payload = payload(type, payloadNode);
        try {
            return new Operation(id, type, entity, hlc, actor, device, prev, payload);
        } catch (IllegalArgumentException e) {
            throw invalid(OperationFormatException.Code.INVALID, e.getMessage());
        }
    }

    private Payload payload(OperationType type, JsonNode payloadNode) {
        try {
            return mapper.treeToValue(payloadNode, type.payloadClass());
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String where = e.getPath().isEmpty() ? "" : path(e) + ": ";
            throw invalid(OperationFormatException.Code.INVALID, type.wireName() + ": " + where + cause.getMessage());
        } catch (UnrecognizedPropertyException e) {
            throw invalid(OperationFormatException.Code.INVALID,
                    type.wireName() + ": unknown field '" + e.getPropertyName() + "'");
        } catch (InvalidFormatException e) {
            throw invalid(OperationFormatException.Code.INVALID,
                    type.wireName() + ": " + path(e) + " has a value of the wrong form: " + abbreviate(String.valueOf(e.getValue())));
        } catch (MismatchedInputException e) {
            throw invalid(OperationFormatException.Code.INVALID,
                    type.wireName() + ": " + path(e) + " has the wrong type");
        } catch (JsonMappingException e) {
            // A number out of its field's range, say: the parser's own words, without its location and classes.
            throw invalid(OperationFormatException.Code.INVALID,
                    type.wireName() + ": " + path(e) + ": " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw invalid(OperationFormatException.Code.INVALID, type.wireName() + ": " + e.getMessage());
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "a field" : "'" + sb + "'";
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw invalid(OperationFormatException.Code.INVALID, field + " is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw invalid(OperationFormatException.Code.INVALID, field + " must be a string");
        }
        return v.textValue();
    }

    private static UUID uuid(JsonNode node, String field, boolean required) {
        String text = text(node, field, required);
        if (text == null) {
            return null;
        }
        if (!TextShapes.lowerCaseUuid(text)) {
            throw invalid(OperationFormatException.Code.INVALID, field + " must be a lower-case UUID");
        }
        return UUID.fromString(text);
    }

    private static OperationFormatException invalid(OperationFormatException.Code code, String message) {
        return new OperationFormatException(code, message);
    }

    private static String firstLine(String s) {
        int end = s == null ? -1 : s.indexOf('\n');
        return s == null ? "" : end < 0 ? s : s.substring(0, end);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
