package com.handover.model.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handover.model.json.ModelJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes JSON the way the golden files are laid out: an object or array that fits on one line of
 * {@value #WIDTH} characters stays on one line, anything longer is broken up with two-space indents.
 * Only the layout differs from the compact form; the tree is the same.
 *
 * <p>{@code main} reformats the JSON files named on the command line in place.
 */
public final class GoldenJsonPrinter {

    static final int WIDTH = 100;

    private static final ObjectMapper MAPPER = ModelJson.mapper();

    private GoldenJsonPrinter() {
    }

    public static String print(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, 0, 0, out);
        return out.append('\n').toString();
    }

    public static void main(String[] files) throws IOException {
        for (String file : files) {
            Path path = Path.of(file);
            JsonNode tree = MAPPER.readTree(Files.readString(path, StandardCharsets.UTF_8));
            Files.writeString(path, print(tree), StandardCharsets.UTF_8);
        }
    }

    /** {@code prefix} is how many characters already stand on the current line before this value. */
    private static void write(JsonNode node, int indent, int prefix, StringBuilder out) {
        String inline = inline(node);
        if (!node.isContainerNode() || node.isEmpty() || prefix + inline.length() <= WIDTH) {
            out.append(inline);
            return;
        }
        boolean object = node.isObject();
        out.append(object ? '{' : '[').append('\n');
        String inner = " ".repeat(indent + 2);
        if (object) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = scalar(MAPPER.getNodeFactory().textNode(field.getKey())) + ": ";
                out.append(inner).append(key);
                write(field.getValue(), indent + 2, inner.length() + key.length(), out);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                out.append(inner);
                write(node.get(i), indent + 2, inner.length(), out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
        }
        out.append(" ".repeat(indent)).append(object ? '}' : ']');
    }

    /** One line, with a space after each colon and comma. */
    private static String inline(JsonNode node) {
        if (node.isObject()) {
            StringJoiner joined = new StringJoiner(", ", "{", "}");
            node.fields().forEachRemaining(f ->
                    joined.add(scalar(MAPPER.getNodeFactory().textNode(f.getKey())) + ": " + inline(f.getValue())));
            return joined.toString();
        }
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner(", ", "[", "]");
            node.forEach(element -> joined.add(inline(element)));
            return joined.toString();
        }
        return scalar(node);
    }

    private static String scalar(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
