package com.handover.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/** Reads and writes one value with {@link ModelJson#mapper()}, turning every failure into a plain message. */
final class StrictJson {

    private static final ObjectMapper MAPPER = ModelJson.mapper();

    private StrictJson() {
    }

    /** @throws IllegalArgumentException "not a valid (what): (reason)" for malformed JSON or a broken invariant */
    static <T> T read(String json, Class<T> type, String what) {
        if (json == null) {
            throw new IllegalArgumentException("a " + what + " is required");
        }
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new IllegalArgumentException("not a valid " + what + ": it must be a JSON object, not null");
            }
            return value;
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("not a valid " + what + ": " + cause.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid " + what + ": " + e.getOriginalMessage(), e);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
