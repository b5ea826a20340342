package com.handover.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.json.OperationFormatException;
import com.handover.model.sync.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One element of a pushed batch as the device sent it: {@code length} bytes of UTF-8 JSON at {@code offset} of
 * the request's body, and the operation they hold when it was read as the body was ({@code read}); otherwise
 * {@link PushService} reads it from its bytes, once, and refuses it there with the words.
 */
public record SentOperation(byte[] body, int offset, int length, Operation read) {

    public SentOperation {
        Objects.requireNonNull(body, "body");
        Objects.checkFromIndexSize(offset, length, body.length);
    }

    public SentOperation(byte[] body, int offset, int length) {
        this(body, offset, length, null);
    }

    public static SentOperation of(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new SentOperation(bytes, 0, bytes.length);
    }

    public static SentOperation of(JsonNode element) {
        try {
            return of(ModelJson.mapper().writeValueAsString(element));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the element could not be written as JSON", e);
        }
    }

    /**
     * The operation read as the body was, or read now from the element's bytes.
     *
     * @throws OperationFormatException when the element is not a valid operation, saying what is wrong with it
     */
    public Operation operation(OperationCodec codec) {
        return read != null ? read : codec.fromJson(body, offset, length);
    }

    /** The element as a tree: for a refused one, to find the id it was sent with. */
    JsonNode tree() {
        try {
            return ModelJson.mapper().readTree(body, offset, length);
        } catch (IOException e) {
            return null;
        }
    }
}
