package com.handover.mobile.ui.inspection;

import com.handover.model.ItemResult;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.InspectionMethod;
import com.handover.model.checklist.ToleranceLimit;

/**
 * One checklist item in the selected room. {@code limit} is the numeric limit that applies (null when the item is
 * judged without a figure); {@code defects} counts the defects opened on it in this inspection.
 */
public record ItemRow(String room, ChecklistItem item, InspectionMethod method, ToleranceLimit limit,
                      ItemResult result, Double measuredValue, int defects) {
    public boolean measurable() {
        return limit != null;
    }
}
