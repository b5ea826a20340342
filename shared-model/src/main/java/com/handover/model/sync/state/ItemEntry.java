package com.handover.model.sync.state;

import com.handover.model.ItemResult;
import java.util.UUID;

/** The answer in effect for one checklist item in one room, and the operation that gave it. */
public record ItemEntry(String room, String itemCode, ItemResult result, Double measuredValue, String note,
                        UUID operation, String actor) {

    public static String key(String room, String itemCode) {
        return room + "/" + itemCode;
    }
}
