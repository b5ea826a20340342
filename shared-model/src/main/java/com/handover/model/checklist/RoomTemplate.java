package com.handover.model.checklist;

import com.handover.model.Checks;
import java.util.List;

/**
 * A room of a checklist with its items.
 *
 * @param repeatable a unit may have several (BEDROOM, BATHROOM, BALCONY); instances are keyed BEDROOM-1, ...
 * @param wholeUnit  covers the whole unit (ENTRANCE, WINDOWS, UTILITIES, FIXTURES): every unit has it once
 */
public record RoomTemplate(String code, String nameZh, String nameEn, boolean repeatable, boolean wholeUnit,
                           List<ChecklistItem> items) {

    /** Most items in one room. */
    public static final int MAX_ITEMS = 200;

    public RoomTemplate {
        Checks.roomKey("room.code", code);
        if (code.contains("-")) {
            throw new IllegalArgumentException("room.code must not contain '-' (a room key adds the number after it): " + code);
        }
        Checks.text("room.nameZh", nameZh, Checks.MAX_NAME);
        Checks.text("room.nameEn", nameEn, Checks.MAX_NAME);
        if (repeatable && wholeUnit) {
            throw new IllegalArgumentException("room " + code + " cannot be both repeatable and whole-unit");
        }
        items = Checks.list("room.items", items);
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("room " + code + " must have 1.." + MAX_ITEMS + " items");
        }
    }
}
