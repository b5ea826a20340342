package com.handover.model.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every field of a payload, found by walking the payload's record type beside an example of it (so fields the
 * example leaves out are found too, and nested fields of the values it holds), and the JSON values of every
 * kind to put in each: numbers, booleans, null, an object, an array, and the field's text padded and in
 * another case.
 */
final class PayloadMutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One field: where it is in the payload, its Java type, and what the example holds there (or null). */
    record Field(List<Object> path, Type type, JsonNode example) {
        String name() {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof String s) {
                    return s;
                }
            }
            throw new IllegalStateException("a path without a field name");
        }

        boolean isEnum() {
            return type instanceof Class<?> c && c.isEnum();
        }

        String describe() {
            StringBuilder sb = new StringBuilder();
            for (Object step : path) {
                sb.append(step instanceof String s ? (sb.length() == 0 ? s : "." + s) : "[" + step + "]");
            }
            return sb.toString();
        }
    }

    private PayloadMutations() {
    }

    static List<Field> fields(Class<?> payloadType, JsonNode payload) {
        List<Field> out = new ArrayList<>();
        walkRecord(payloadType, payload, new ArrayList<>(), out);
        return out;
    }

    private static void walkRecord(Class<?> type, JsonNode node, List<Object> path, List<Field> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            List<Object> at = new ArrayList<>(path);
            at.add(c.getName());
            JsonNode value = node.get(c.getName());
            out.add(new Field(List.copyOf(at), c.getGenericType(), value));
            if (value != null) {
                walkValue(c.getGenericType(), value, at, out);
            }
        }
    }

    private static void walkValue(Type type, JsonNode value, List<Object> path, List<Field> out) {
        if (type instanceof Class<?> c && c.isRecord() && value.isObject()) {
            walkRecord(c, value, path, out);
        } else if (type instanceof ParameterizedType p && p.getRawType() == List.class && value.isArray()
                && !value.isEmpty()) {
            List<Object> at = new ArrayList<>(path);
            at.add(0);
            Type element = p.getActualTypeArguments()[0];
            out.add(new Field(List.copyOf(at), element, value.get(0)));
            walkValue(element, value.get(0), at, out);
        }
    }

    /** The values of every JSON kind to try in {@code field}, by a name for the test report. */
    static Map<String, JsonNode> values(Field field) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("number 0", JSON.numberNode(0));
        values.put("number 7", JSON.numberNode(7));
        values.put("number 2.5", JSON.numberNode(2.5));
        values.put("number -1", JSON.numberNode(-1));
        values.put("true", JSON.booleanNode(true));
        values.put("false", JSON.booleanNode(false));
        values.put("null", JSON.nullNode());
        values.put("an empty object", JSON.objectNode());
        values.put("an object", JSON.objectNode().put(field.name(), "x"));
        values.put("an empty array", JSON.arrayNode());
        values.put("an array of its value", arrayOf(field));
        values.put("an empty string", JSON.textNode(""));
        String text = sampleText(field);
        if (text != null) {
            values.put("padded '" + text + "'", JSON.textNode(" " + text + " "));
            values.put("padded at the end", JSON.textNode(text + "\t"));
            addIfDifferent(values, "lower case", text, text.toLowerCase(Locale.ROOT));
            addIfDifferent(values, "upper case", text, text.toUpperCase(Locale.ROOT));
            addIfDifferent(values, "first letter changed case", text, flipFirstLetter(text));
        }
        return values;
    }

    private static ArrayNode arrayOf(Field field) {
        ArrayNode array = JSON.arrayNode();
        array.add(field.example() != null ? field.example().deepCopy() : JSON.textNode("x"));
        return array;
    }

    private static String sampleText(Field field) {
        if (field.isEnum()) {
            return ((Enum<?>) ((Class<?>) field.type()).getEnumConstants()[0]).name();
        }
        return field.example() != null && field.example().isTextual() ? field.example().textValue() : null;
    }

    private static void addIfDifferent(Map<String, JsonNode> values, String name, String text, String changed) {
        if (!changed.equals(text)) {
            values.put(name, JSON.textNode(changed));
        }
    }

    private static String flipFirstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch) && Character.toUpperCase(ch) != Character.toLowerCase(ch)) {
                char flipped = Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch);
                return text.substring(0, i) + flipped + text.substring(i + 1);
            }
        }
        return text;
    }

    /** A copy of {@code operation} with {@code value} at {@code field}'s place in the payload. */
    static ObjectNode withValue(JsonNode operation, Field field, JsonNode value) {
        ObjectNode copy = operation.deepCopy();
        JsonNode parent = copy.get("payload");
        List<Object> path = field.path();
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof String s ? parent.get(s) : parent.get((Integer) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof String s) {
            ((ObjectNode) parent).set(s, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
        return copy;
    }
}
