package com.handover.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.handover.model.ItemResult;
import com.handover.model.sync.ops.InspectionOps.ItemRecorded;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Reads an item result's payload field by field, without the data binder: item results are nearly all the
 * operations a project holds, and binding each one took more of their reading than the rest of the operation.
 * It takes only what the binder reads the same way (strings as strings, the result by its exact name, the measure
 * as a number or null), each field once, and answers null for anything else, which the binder then reads or refuses
 * with its words. Its names being few and known, it spares the parser's check for a name given twice, which keeps a
 * set of every object's names.
 */
final class ItemRecordedReader {

    private static final Map<String, ItemResult> RESULTS = Arrays.stream(ItemResult.values())
            .collect(Collectors.toUnmodifiableMap(ItemResult::name, Function.identity()));

    private static final Map<String, Integer> FIELD_BITS =
            Map.of("room", 1, "itemCode", 2, "result", 4, "measuredValue", 8, "note", 16);

    private ItemRecordedReader() {
    }

    /**
     * The payload whose {@code START_OBJECT} is the parser's current token, read through its {@code END_OBJECT};
     * null when it holds anything but the payload's fields in their JSON types, or when the payload refuses them.
     */
    static ItemRecorded read(JsonParser p, UnaryOperator<String> texts) throws IOException {
        String room = null;
        String itemCode = null;
        ItemResult result = null;
        Double measuredValue = null;
        String note = null;
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            int bit = FIELD_BITS.getOrDefault(field, 0);
            if ((seen & bit) != 0) {
                return null;
            }
            seen |= bit;
            switch (field) {
                case "room" -> room = value == JsonToken.VALUE_STRING ? texts.apply(p.getText()) : null;
                case "itemCode" -> itemCode = value == JsonToken.VALUE_STRING ? texts.apply(p.getText()) : null;
                case "result" -> result = value == JsonToken.VALUE_STRING ? RESULTS.get(p.getText()) : null;
                case "measuredValue" -> {
                    if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                        measuredValue = p.getDoubleValue();
                    } else if (value != JsonToken.VALUE_NULL) {
                        return null;
                    }
                }
                case "note" -> {
                    if (value == JsonToken.VALUE_STRING) {
                        note = texts.apply(p.getText());
                    } else if (value != JsonToken.VALUE_NULL) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
            if ((field.equals("room") && room == null) || (field.equals("itemCode") && itemCode == null)
                    || (field.equals("result") && result == null)) {
                return null;
            }
        }
        try {
            return new ItemRecorded(room, itemCode, result, measuredValue, note);
        } catch (IllegalArgumentException refused) {
            return null;
        }
    }
}
