package com.handover.model.checklist;

import com.handover.model.Checks;
import com.handover.model.DeliveryStandard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned acceptance checklist for one delivery standard: FINISHED (装修房质量验收单, SM03-15) or
 * BARE_SHELL (毛坯房质量验收单, SM03-16). The bundled templates are version 1; the office may publish later
 * versions. Room codes and item codes are unique within a template.
 */
public record ChecklistTemplate(String code, int version, String nameZh, String nameEn, String seedForm,
                                List<RoomTemplate> rooms) {

    /** Most rooms in one template. */
    public static final int MAX_ROOMS = 50;
    /** Most instances of one repeatable room in a unit. */
    public static final int MAX_REPEATS = 20;


    public ChecklistTemplate {
        Checks.required("template.code", code);
        try {
            DeliveryStandard.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("template.code must be a delivery standard (FINISHED or BARE_SHELL): " + code);
        }
        if (version < 1) {
            throw new IllegalArgumentException("template.version must be 1 or more");
        }
        Checks.text("template.nameZh", nameZh, Checks.MAX_NAME);
        Checks.text("template.nameEn", nameEn, Checks.MAX_NAME);
        Checks.optionalText("template.seedForm", seedForm, 32);
        rooms = Checks.list("template.rooms", rooms);
        if (rooms.isEmpty() || rooms.size() > MAX_ROOMS) {
            throw new IllegalArgumentException("template.rooms must hold 1.." + MAX_ROOMS + " rooms");
        }
        Set<String> roomCodes = new HashSet<>();
        Set<String> itemCodes = new HashSet<>();
        for (RoomTemplate room : rooms) {
            if (!roomCodes.add(room.code())) {
                throw new IllegalArgumentException("template " + code + " has room " + room.code() + " twice");
            }
            for (ChecklistItem item : room.items()) {
                if (!itemCodes.add(item.code())) {
                    throw new IllegalArgumentException("template " + code + " has item " + item.code() + " twice");
                }
            }
        }
    }

    public DeliveryStandard standard() {
        return DeliveryStandard.valueOf(code);
    }

    public int itemCount() {
        return rooms.stream().mapToInt(r -> r.items().size()).sum();
    }

    public Optional<RoomTemplate> room(String roomCode) {
        return rooms.stream().filter(r -> r.code().equals(roomCode)).findFirst();
    }

    /** The template's room a unit room key names (BEDROOM-2, LIVING), or empty for a key it does not define. */
    public Optional<RoomTemplate> roomOfKey(String roomKey) {
        return RoomKey.read(roomKey).flatMap(k -> room(k.code()));
    }

    /** The unit room a key names, numbered as the template allows (a number only for a repeatable room). */
    public Optional<InstantiatedRoom> unitRoom(String roomKey) {
        return RoomKey.read(roomKey).flatMap(k -> room(k.code())
                .filter(r -> r.repeatable() ? k.number() >= 1 : k.number() == 0)
                .map(r -> InstantiatedRoom.of(r, k.number())));
    }

    public Optional<ChecklistItem> item(String itemCode) {
        return rooms.stream().flatMap(r -> r.items().stream()).filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /**
     * The rooms of one unit, in template order. {@code unitRooms} are the unit type's rooms: codes with or
     * without a number (BEDROOM, BEDROOM-2). A repeatable room appears as often as the unit has it (keys
     * BEDROOM-1 .. BEDROOM-n); other rooms once (LIVING); whole-unit rooms always, whether listed or not;
     * template rooms the unit lacks are left out.
     *
     * @throws IllegalArgumentException for a room the template does not know, a single room listed twice, or
     *                                  numbers that are not 1..n
     */
    public List<InstantiatedRoom> instantiate(List<String> unitRooms) {
        Map<String, List<Integer>> listed = new LinkedHashMap<>();
        for (String entry : Checks.list("unitRooms", unitRooms)) {
            RoomKey key = RoomKey.read(entry).orElseThrow(() -> new IllegalArgumentException(
                    "unit room '" + entry + "' is not a room code like BEDROOM or BEDROOM-2"));
            listed.computeIfAbsent(key.code(), k -> new ArrayList<>()).add(key.number());
        }
        List<String> unknown = listed.keySet().stream().filter(c -> room(c).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("template " + code + " v" + version + " has no room " + String.join(", ", unknown));
        }
        List<InstantiatedRoom> result = new ArrayList<>();
        for (RoomTemplate room : rooms) {
            List<Integer> numbers = listed.getOrDefault(room.code(), List.of());
            if (room.repeatable()) {
                checkNumbering(room, numbers);
                for (int n = 1; n <= numbers.size(); n++) {
                    result.add(InstantiatedRoom.of(room, n));
                }
            } else {
                if (numbers.size() > 1 || numbers.stream().anyMatch(n -> n != 0)) {
                    throw new IllegalArgumentException("room " + room.code() + " is not repeatable: list it once, without a number");
                }
                if (room.wholeUnit() || !numbers.isEmpty()) {
                    result.add(InstantiatedRoom.of(room, 0));
                }
            }
        }
        return List.copyOf(result);
    }

    /** The number of items one unit with these rooms is inspected on. */
    public int itemCount(List<InstantiatedRoom> unitRooms) {
        return unitRooms.stream().mapToInt(r -> r.room().items().size()).sum();
    }

    private static void checkNumbering(RoomTemplate room, List<Integer> numbers) {
        if (numbers.size() > MAX_REPEATS) {
            throw new IllegalArgumentException("a unit has at most " + MAX_REPEATS + " rooms " + room.code());
        }
        boolean anyNumbered = numbers.stream().anyMatch(n -> n != 0);
        if (!anyNumbered) {
            return;
        }
        Set<Integer> expected = new HashSet<>();
        for (int n = 1; n <= numbers.size(); n++) {
            expected.add(n);
        }
        if (!expected.equals(new HashSet<>(numbers))) {
            throw new IllegalArgumentException("rooms " + room.code() + " must be numbered 1.." + numbers.size()
                    + " without gaps or repeats, or not numbered at all");
        }
    }
}
