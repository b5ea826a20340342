package com.handover.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonFactory;
import com.handover.model.SharedValues;

/**
 * The one place that configures Jackson for the model: strict on input (no unknown fields, no type
 * coercion, bounded nesting and sizes), ISO-8601 dates, nulls left out on output.
 */
public final class ModelJson {

    /** Deepest nesting accepted in any document. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest string value accepted by the parser (a longer field is then refused by the model's own checks). */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest number literal accepted. */
    public static final int MAX_NUMBER_LENGTH = 40;

    private static final ObjectMapper MAPPER = create(false);

    /** Built on first use: only a replica's codec reads with it. */
    private static final class Sharing {
        static final ObjectMapper MAPPER = create(true);
    }

    private ModelJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The same, but the short texts and ids it reads are shared ({@link SharedValues}). */
    static ObjectMapper sharingMapper() {
        return Sharing.MAPPER;
    }

    private static ObjectMapper create(boolean shareRecurringValues) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(StrictScalars.module(shareRecurringValues))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
