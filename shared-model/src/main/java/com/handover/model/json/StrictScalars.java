package com.handover.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.handover.model.TextShapes;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Scalars read only from their own JSON form: times and dates only from ISO-8601 strings (never from a number,
 * which Jackson would take as epoch seconds), UUIDs only in lower case, as the envelope requires.
 */
final class StrictScalars {

    private StrictScalars() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("strict-scalars");
        module.addDeserializer(Instant.class, stringOnly(Instant.class, InstantDeserializer.INSTANT));
        module.addDeserializer(LocalDate.class, stringOnly(LocalDate.class, LocalDateDeserializer.INSTANCE));
        module.addDeserializer(UUID.class, new JsonDeserializer<>() {
            @Override
            public UUID deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING || !TextShapes.lowerCaseUuid(p.getText())) {
                    return (UUID) ctxt.handleWeirdStringValue(UUID.class, String.valueOf(p.getText()),
                            "must be a lower-case UUID");
                }
                return UUID.fromString(p.getText());
            }
        });
        return module;
    }

    private static <T> JsonDeserializer<T> stringOnly(Class<T> type, JsonDeserializer<T> iso) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                return iso.deserialize(p, ctxt);
            }
        };
    }
}
