package com.handover.model.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/**
 * JSON tree equality as the wire sees it: field order does not matter, and an integer is the same whether
 * Jackson holds it as an int or a long (JsonNode.equals says they differ). An integer and a fraction
 * ({@code 5} and {@code 5.0}) still differ, as they do on the wire.
 */
final class JsonTrees {

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            if (a.isIntegralNumber() && b.isIntegralNumber()) {
                return a.bigIntegerValue().compareTo(b.bigIntegerValue());
            }
            if (a.isFloatingPointNumber() && b.isFloatingPointNumber()) {
                return a.decimalValue().compareTo(b.decimalValue());
            }
            return 1;
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonTrees() {
    }

    static boolean same(JsonNode a, JsonNode b) {
        return a.equals(NUMBERS_BY_VALUE, b);
    }
}
