package com.handover.server.web.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.server.sync.SentOperation;
import com.handover.server.web.JsonBodies;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A push's body read in one pass over its bytes. Its members come as a tree, as any body's do, except that the
 * elements of {@code operations} are read straight into operations as the pass meets them, each keeping the bytes
 * it was sent as. In {@link #members} an empty array stands for the operations, so the members keep their order.
 * <p>
 * An element that is not an operation in the canonical order (the devices write nothing else) stops that pass:
 * the body is read again with its elements skipped, as bytes, each read later on its own and refused there with
 * the words. A body neither pass can read is read as a whole tree, which refuses it in the same words as every
 * other body.
 */
public record PushBody(ObjectNode members, List<SentOperation> operations) {

    static final String OPERATIONS = "operations";

    private static final OperationCodec CODEC = new OperationCodec();

    /** Reads one value from inside the body; what follows it is the body's, not trailing content. */
    private static final ObjectReader VALUE = ModelJson.mapper().readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static PushBody read(Context ctx, int maxBytes) {
        return parse(JsonBodies.readJsonBytes(ctx, maxBytes));
    }

    public static PushBody parse(byte[] body) {
        try {
            PushBody read = onePass(body, true);
            if (read == null) {
                read = onePass(body, false);
            }
            if (read != null) {
                return read;
            }
        } catch (IOException e) {
            // Refused below, by the same reading as any other body.
        }
        JsonBodies.objectOf(body);
        throw new IllegalStateException("a push body was read whole but not in one pass");
    }

    /**
     * @param readOperations the elements read into operations as the pass meets them, rather than skipped
     * @return the body, or null when it is not an object or, reading operations, an element is not one
     */
    private static PushBody onePass(byte[] body, boolean readOperations) throws IOException {
        try (JsonParser p = ModelJson.mapper().getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            ObjectNode members = ModelJson.mapper().createObjectNode();
            List<SentOperation> operations = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() == JsonToken.START_ARRAY && name.equals(OPERATIONS)) {
                    operations = readOperations ? operations(p, body) : elements(p, body);
                    if (operations == null) {
                        return null;
                    }
                    members.putArray(name);
                } else {
                    members.set(name, VALUE.readValue(p));
                }
            }
            if (p.nextToken() != null) {
                throw new IOException("trailing content");
            }
            return new PushBody(members, operations);
        }
    }

    /**
     * The array's elements, each read into an operation as the parser passes it; null at the first that is not an
     * operation in the canonical order. The reader checks names given twice itself, so only what it reads whole
     * is taken from this pass.
     */
    private static List<SentOperation> operations(JsonParser p, byte[] body) throws IOException {
        List<SentOperation> operations = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int start = (int) p.currentTokenLocation().getByteOffset();
            Optional<Operation> read = CODEC.readInPlace(p);
            if (read.isEmpty()) {
                return null;
            }
            int end = (int) p.currentLocation().getByteOffset();
            operations.add(new SentOperation(body, start, end - start, read.get()));
        }
        return operations;
    }

    /** The array's elements; an object as its bytes, anything else as its text (it is refused as an operation). */
    private static List<SentOperation> elements(JsonParser p, byte[] body) throws IOException {
        List<SentOperation> elements = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                elements.add(SentOperation.of((JsonNode) VALUE.readValue(p)));
                continue;
            }
            int start = (int) p.currentTokenLocation().getByteOffset();
            p.skipChildren();
            int end = (int) p.currentLocation().getByteOffset();
            if (end - start > ModelJson.MAX_STRING_LENGTH) {
                // Skipping reads no string whole; a long element's strings are held to their limit here.
                ModelJson.mapper().readTree(body, start, end - start);
            }
            elements.add(new SentOperation(body, start, end - start));
        }
        return elements;
    }
}
