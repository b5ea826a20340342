package com.handover.server.office.repair.intake;

import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.RoomTemplate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who answers for a repair: the trade (专业) of the checklist items of the reported warranty category, in the
 * reported room where the template has such items there, else anywhere in the unit's template. Ties go to the
 * trade that comes first by code, so the answer is the same every time ({@code ResponsibleContractor} then says
 * which contractor answers for it).
 */
public final class ResponsibleTrade {

    private ResponsibleTrade() {
    }

    /**
     * @param roomKey a unit room key like BATHROOM-1, or null
     */
    public static Optional<String> trade(ChecklistTemplate template, String roomKey, String warrantyCategory) {
        if (warrantyCategory == null) {
            return Optional.empty();
        }
        Optional<String> inRoom = template.roomOfKey(roomKey)
                .flatMap(room -> mostCommon(room.items().stream(), warrantyCategory));
        if (inRoom.isPresent()) {
            return inRoom;
        }
        return mostCommon(template.rooms().stream().map(RoomTemplate::items).flatMap(List::stream), warrantyCategory);
    }

    private static Optional<String> mostCommon(Stream<ChecklistItem> items, String category) {
        Map<String, Long> counts = items.filter(i -> i.warrantyCategory().equals(category))
                .collect(Collectors.groupingBy(ChecklistItem::trade, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }
}
