package com.handover.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.handover.model.SharedValues;
import com.handover.model.TextShapes;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Scalars read only from their own JSON form: times and dates only from ISO-8601 strings written exactly (never
 * from a number, which Jackson would take as epoch seconds, nor padded), UUIDs only in lower case, as the
 * envelope requires, and enum values only as their exact name ({@link StrictEnums}). For a replica, short texts and
 * ids read are shared ({@link SharedValues}).
 */
final class StrictScalars {

    /** ISO-8601 date and time with an offset, case-sensitive (the letters are exactly T and Z). */
    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().parseCaseSensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffsetId().toFormatter().withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private StrictScalars() {
    }

    static SimpleModule module(boolean shareRecurringValues) {
        UnaryOperator<UUID> ids = shareRecurringValues ? SharedValues::shared : UnaryOperator.identity();
        SimpleModule module = new SimpleModule("strict-scalars");
        module.addDeserializer(Instant.class, exactText(Instant.class, StrictScalars::instant));
        module.addDeserializer(LocalDate.class, exactText(LocalDate.class, text -> LocalDate.parse(text, DATE)));
        module.setDeserializerModifier(new StrictEnums());
        if (shareRecurringValues) {
            module.addDeserializer(String.class, new SharedStrings());
        }
        module.addDeserializer(UUID.class, new JsonDeserializer<>() {
            @Override
            public UUID deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING || !TextShapes.lowerCaseUuid(p.getText())) {
                    return (UUID) ctxt.handleWeirdStringValue(UUID.class, String.valueOf(p.getText()),
                            "must be a lower-case UUID");
                }
                return ids.apply(UUID.fromString(p.getText()));
            }
        });
        return module;
    }

    /** Strings read as Jackson reads them; the short ones are shared ({@link SharedValues}). */
    private static final class SharedStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return SharedValues.shared(super.deserialize(p, ctxt));
        }
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text, INSTANT).toInstant();
    }

    /**
     * Reads a string exactly as written: Jackson's own date readers trim padding and take a string of digits as
     * epoch seconds, so one instant would have many spellings.
     */
    private static <T> JsonDeserializer<T> exactText(Class<T> type, Function<String, T> parse) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                try {
                    return parse.apply(p.getText());
                } catch (DateTimeParseException e) {
                    return type.cast(ctxt.handleWeirdStringValue(type, p.getText(), "not an ISO-8601 "
                            + (type == Instant.class ? "instant like 2026-03-14T02:33:05Z" : "date like 2026-03-14")));
                }
            }
        };
    }
}
