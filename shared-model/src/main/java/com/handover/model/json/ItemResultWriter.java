package com.handover.model.json;

import com.handover.model.sync.Operation;
import com.handover.model.sync.ops.InspectionOps.ItemRecorded;

/**
 * Writes an item result's wire text straight into a buffer, without the JSON generator and the data binder: item
 * results are nearly all the operations a project holds, and the server writes the text of every one it stores.
 * The text is the generator's, character for character. Only texts that need no escape are written here; for an
 * operation with any other, the answer is null and the generator writes it, escapes and all.
 */
final class ItemResultWriter {

    private ItemResultWriter() {
    }

    /** The operation's wire text; null when it is not an item result or one of its texts needs an escape. */
    static String write(Operation op) {
        if (!(op.payload() instanceof ItemRecorded item) || needsEscape(op.actor()) || needsEscape(op.device())
                || needsEscape(item.room()) || needsEscape(item.itemCode())
                || (item.note() != null && needsEscape(item.note()))) {
            return null;
        }
        StringBuilder out = new StringBuilder(256);
        out.append("{\"id\":\"").append(op.id())
                .append("\",\"type\":\"").append(op.type().wireName())
                .append("\",\"entity\":\"").append(op.entity())
                .append("\",\"hlc\":\"").append(op.hlc())
                .append("\",\"actor\":\"").append(op.actor())
                .append("\",\"device\":\"").append(op.device());
        if (op.prev() != null) {
            out.append("\",\"prev\":\"").append(op.prev());
        }
        out.append("\",\"payload\":{\"room\":\"").append(item.room())
                .append("\",\"itemCode\":\"").append(item.itemCode())
                .append("\",\"result\":\"").append(item.result().name()).append('"');
        if (item.measuredValue() != null) {
            // The generator writes a double as Double.toString does.
            out.append(",\"measuredValue\":").append(Double.toString(item.measuredValue()));
        }
        if (item.note() != null) {
            out.append(",\"note\":\"").append(item.note()).append('"');
        }
        return out.append("}}").toString();
    }

    /** The generator escapes the quote, the backslash and every control character below U+0020. */
    private static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 || ch == '"' || ch == '\\') {
                return true;
            }
        }
        return false;
    }
}
