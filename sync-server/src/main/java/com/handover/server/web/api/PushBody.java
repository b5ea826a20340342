package com.handover.server.web.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.json.ModelJson;
import com.handover.server.sync.SentOperation;
import com.handover.server.web.JsonBodies;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A push's body read in one pass over its bytes. Its members come as a tree, as any body's do, except that the
 * elements of {@code operations} stay the bytes they were sent as, each to be read once, straight into an
 * operation. In {@link #members} an empty array stands for the operations, so the members keep their order.
 * A body the one pass cannot read is read again as a whole tree, which refuses it in the same words as every
 * other body.
 */
record PushBody(ObjectNode members, List<SentOperation> operations) {

    static final String OPERATIONS = "operations";

    /** Reads one value from inside the body; what follows it is the body's, not trailing content. */
    private static final ObjectReader VALUE = ModelJson.mapper().readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static PushBody read(Context ctx, int maxBytes) {
        return parse(JsonBodies.readJsonBytes(ctx, maxBytes));
    }

    static PushBody parse(byte[] body) {
        try {
            PushBody read = onePass(body);
            if (read != null) {
                return read;
            }
        } catch (IOException e) {
            // Refused below, by the same reading as any other body.
        }
        JsonBodies.objectOf(body);
        throw new IllegalStateException("a push body was read whole but not in one pass");
    }

    /** The body, or null when it is not an object. */
    private static PushBody onePass(byte[] body) throws IOException {
        try (JsonParser p = ModelJson.mapper().getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            ObjectNode members = ModelJson.mapper().createObjectNode();
            List<SentOperation> operations = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() == JsonToken.START_ARRAY && name.equals(OPERATIONS)) {
                    operations = elements(p, body);
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
