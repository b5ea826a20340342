package com.handover.model.checklist;

import com.handover.model.Checks;
import java.util.Locale;

/**
 * One room of one unit to be inspected: its key (LIVING, BEDROOM-2), its template and, for repeatable
 * rooms, its number (0 for rooms a unit has once).
 */
public record InstantiatedRoom(String key, RoomTemplate room, int ordinal) {

    public InstantiatedRoom {
        Checks.roomKey("key", key);
        Checks.required("room", room);
        if (room.repeatable() ? ordinal < 1 || ordinal > 99 : ordinal != 0) {
            throw new IllegalArgumentException("ordinal must be 1..99 for a repeatable room and 0 otherwise");
        }
        String expected = keyOf(room, ordinal);
        if (!key.equals(expected)) {
            throw new IllegalArgumentException("key " + key + " does not match room " + room.code() + " number " + ordinal);
        }
    }

    public static InstantiatedRoom of(RoomTemplate room, int ordinal) {
        return new InstantiatedRoom(keyOf(room, ordinal), room, ordinal);
    }

    static String keyOf(RoomTemplate room, int ordinal) {
        return new RoomKey(room.code(), ordinal).text();
    }

    /** "卧室 2" for a numbered room, "客厅/餐厅" for a single one. */
    public String labelZh() {
        return ordinal == 0 ? room.nameZh() : room.nameZh() + " " + ordinal;
    }

    /** "Bedroom 2" for a numbered room, "Living / dining room" for a single one. */
    public String labelEn() {
        return ordinal == 0 ? room.nameEn() : room.nameEn() + " " + ordinal;
    }

    /** The Chinese label for a Chinese locale, the English one otherwise. */
    public String label(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? labelZh() : labelEn();
    }
}
