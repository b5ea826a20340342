package com.handover.server.office.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.handover.model.json.ModelJson;

/** Reads the materialised state JSON (written with {@link ModelJson}) back into the model's records. */
final class Json {

    private Json() {
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return ModelJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " could not be read: " + e.getOriginalMessage(), e);
        }
    }

    static String write(Object value) {
        try {
            return ModelJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value could not be written as JSON", e);
        }
    }
}
