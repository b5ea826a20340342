package com.handover.model.sync.state;

import com.handover.model.ItemResult;
import com.handover.model.SharedValues;
import java.util.UUID;

/** The answer in effect for one checklist item in one room, and the operation that gave it. */
public record ItemEntry(String room, String itemCode, ItemResult result, Double measuredValue, String note,
                        UUID operation, String actor) {

    public static String key(String room, String itemCode) {
        return room + "/" + itemCode;
    }

    /**
     * The same key, as a folded inspection holds it: one instance for each room and item however many inspections
     * hold an answer for it ({@link SharedValues}).
     */
    public static String sharedKey(String room, String itemCode) {
        return SharedValues.shared(key(room, itemCode));
    }
}
