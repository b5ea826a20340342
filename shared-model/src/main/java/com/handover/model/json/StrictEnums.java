package com.handover.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Enum values read only from a JSON string spelling a constant's name exactly. Jackson on its own also takes
 * a number (the constant's index), trims padded text and can be told to ignore case; each would let a value
 * the protocol does not define be stored as one it does.
 */
final class StrictEnums extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                      BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new ExactName(type.getRawClass());
    }

    private static final class ExactName extends JsonDeserializer<Object> {
        private final Class<?> type;
        private final Map<String, Object> byName = new HashMap<>();

        ExactName(Class<?> type) {
            this.type = type;
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            Object value = byName.get(p.getText());
            if (value == null) {
                return ctxt.handleWeirdStringValue(type, p.getText(), "not one of the values " + byName.keySet());
            }
            return value;
        }
    }
}
