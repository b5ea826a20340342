package com.handover.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.handover.model.SharedValues;
import com.handover.model.TextShapes;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.Payload;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Reads an operation straight from its JSON text, field by field, with no tree in between: the way every
 * stored and pulled operation is read, as each was written in the canonical field order ({@code type} before
 * {@code payload}). It answers only for a well-formed, valid operation in that order; for anything else it
 * answers null, and {@link OperationCodec} reads the text again through the tree to say what is wrong, so both
 * paths accept exactly the same operations and refuse with the same words.
 */
final class StreamedOperationReader {

    private final ObjectMapper mapper;
    /** What an operation holds of the recurring texts and ids read: shared ones, or each as read. */
    private final UnaryOperator<String> texts;
    private final UnaryOperator<UUID> ids;
    private final Map<OperationType, ObjectReader> payloadReaders = new EnumMap<>(OperationType.class);

    /** @param shareRecurringValues the record, person, device and clock node read as shared values */
    StreamedOperationReader(ObjectMapper mapper, boolean shareRecurringValues) {
        this.mapper = mapper;
        this.texts = shareRecurringValues ? SharedValues::shared : UnaryOperator.identity();
        this.ids = shareRecurringValues ? SharedValues::shared : UnaryOperator.identity();
        for (OperationType type : OperationType.values()) {
            // The payload is read from inside the operation, so what follows it is the envelope's, not trailing.
            payloadReaders.put(type, mapper.readerFor(type.payloadClass())
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
        }
    }

    /** The operation, or null when the text is not a valid operation in the canonical order. */
    Operation read(String json) {
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            return read(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The operation in {@code length} bytes of UTF-8 at {@code offset}, or null as for a text. */
    Operation read(byte[] utf8, int offset, int length) {
        try (JsonParser p = mapper.getFactory().createParser(utf8, offset, length)) {
            return read(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The operation whose {@code START_OBJECT} is the parser's current token, read through its {@code END_OBJECT},
     * or null as for a text; the parser is then left anywhere inside it.
     */
    Operation readInPlace(JsonParser p) {
        try {
            return p.currentToken() == JsonToken.START_OBJECT ? object(p) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Operation read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Operation op = object(p);
        return op != null && p.nextToken() == null ? op : null;
    }

    private Operation object(JsonParser p) throws IOException {
        // The envelope refuses a field given twice itself (its names are few and known), as does an item result's
        // payload; the parser's check, which keeps a set of every object's names, is left to the other payloads.
        boolean checkingNames = p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        Envelope e = new Envelope(texts, ids);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("payload")) {
                if (e.type == null || e.payload != null || value != JsonToken.START_OBJECT) {
                    return null;
                }
                if (e.type == OperationType.INSPECTION_ITEM_RECORDED) {
                    e.payload = ItemRecordedReader.read(p, texts); // refuses a field given twice itself
                } else {
                    p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                    e.payload = payloadReaders.get(e.type).readValue(p);
                }
                if (e.payload == null) {
                    return null;
                }
            } else if (value != JsonToken.VALUE_STRING || !e.set(field, p)) {
                return null;
            }
        }
        p.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, checkingNames);
        return p.currentToken() == JsonToken.END_OBJECT ? e.operation() : null;
    }

    /** The envelope's fields as they are read. */
    private static final class Envelope {
        final UnaryOperator<String> texts;
        final UnaryOperator<UUID> ids;
        UUID id;
        OperationType type;
        UUID entity;
        String hlc;
        String actor;
        String device;
        UUID prev;
        Payload payload;
        boolean refused;

        Envelope(UnaryOperator<String> texts, UnaryOperator<UUID> ids) {
            this.texts = texts;
            this.ids = ids;
        }

        /**
         * Takes the string value the parser is on. False for a field the envelope does not have, a field given
         * twice, a type no one knows, or an id that is not a lower-case UUID.
         */
        boolean set(String field, JsonParser p) throws IOException {
            switch (field) {
                case "id" -> id = once(id, uuid(p));
                case "type" -> type = once(type, OperationType.fromWireName(p.getText()).orElse(null));
                case "entity" -> entity = once(entity, uuid(p));
                case "hlc" -> hlc = once(hlc, p.getText());
                case "actor" -> actor = once(actor, p.getText());
                case "device" -> device = once(device, p.getText());
                case "prev" -> prev = once(prev, uuid(p));
                default -> {
                    return false;
                }
            }
            return !refused;
        }

        /** The value read, marking the envelope refused when the field was given before or the value is unreadable. */
        private <T> T once(T held, T value) {
            refused |= held != null || value == null;
            return value;
        }

        /** The id read where the parser holds its characters, or null when it is not a lower-case UUID. */
        private static UUID uuid(JsonParser p) throws IOException {
            return TextShapes.parseLowerCaseUuid(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }

        Operation operation() {
            if (payload == null || id == null || entity == null || hlc == null || actor == null || device == null) {
                return null;
            }
            return new Operation(id, type, ids.apply(entity), Hlc.parse(hlc, texts), texts.apply(actor),
                    texts.apply(device), prev, payload);
        }
    }
}
