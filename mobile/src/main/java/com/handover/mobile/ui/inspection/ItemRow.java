package com.handover.mobile.ui.inspection;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.ui.common.FieldConflict;
import com.handover.model.ItemResult;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.InspectionMethod;
import com.handover.model.checklist.ToleranceLimit;
import java.util.List;

/**
 * One checklist item in the selected room. {@code limit} is the numeric limit that applies (null when the item is
 * judged without a figure); {@code defects} counts the defects opened on it in this inspection; {@code conflict}
 * is set when two people recorded it at the same time; {@code problems} are refused writes to it.
 */
public record ItemRow(String room, ChecklistItem item, InspectionMethod method, ToleranceLimit limit,
                      ItemResult result, Double measuredValue, int defects, FieldConflict conflict,
                      List<UserMessage> problems) {

    public ItemRow {
        problems = List.copyOf(problems);
    }

    /** The field the item's operations write (as {@code OperationType.field} names it). */
    public static String field(String room, String itemCode) {
        return "item:" + room + "/" + itemCode;
    }

    public String field() {
        return field(room, item.code());
    }

    public boolean measurable() {
        return limit != null;
    }

    public boolean hasConflict() {
        return conflict != null;
    }
}
