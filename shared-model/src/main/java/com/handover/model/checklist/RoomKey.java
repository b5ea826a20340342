package com.handover.model.checklist;

import com.handover.model.Checks;
import com.handover.model.TextShapes;
import java.util.Optional;

/**
 * A unit's room key read into its parts: the template room code and, for a repeatable room, its number
 * (LIVING is code LIVING number 0; BEDROOM-2 is code BEDROOM number 2). The one reader of room keys.
 */
public record RoomKey(String code, int number) {

    public RoomKey {
        Checks.roomKey("room.code", code);
        if (code.indexOf('-') >= 0 || number < 0 || number > 99) {
            throw new IllegalArgumentException("a room key is a room code and a number 1..99 or none, not "
                    + code + " " + number);
        }
    }

    /** @throws IllegalArgumentException for text that is not a room key like LIVING or BEDROOM-2 */
    public static RoomKey parse(String key) {
        Checks.roomKey("room", key);
        int dash = key.indexOf('-');
        return dash < 0 ? new RoomKey(key, 0)
                : new RoomKey(key.substring(0, dash), Integer.parseInt(key.substring(dash + 1)));
    }

    /** The key read into its parts, or empty for null or text that is not a room key. */
    public static Optional<RoomKey> read(String key) {
        return key == null || !TextShapes.roomKey(key) ? Optional.empty() : Optional.of(parse(key));
    }

    /** The room code of a key (BEDROOM for BEDROOM-2); the text itself when it is not a room key. */
    public static String codeOf(String key) {
        return read(key).map(RoomKey::code).orElse(key);
    }

    /** " 2" after a room's name for BEDROOM-2; nothing for a room without a number. */
    public String nameSuffix() {
        return number == 0 ? "" : " " + number;
    }

    /** The key as written: BEDROOM-2, LIVING. */
    public String text() {
        return number == 0 ? code : code + "-" + number;
    }
}
