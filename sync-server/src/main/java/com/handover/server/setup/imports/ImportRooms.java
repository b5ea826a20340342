package com.handover.server.setup.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Room keys written as the import's 房间 cell (客厅、卧室×3、厨房、卫生间×2、阳台), the reverse of its reading. */
public final class ImportRooms {

    private ImportRooms() {
    }

    public static String text(List<String> rooms) {
        List<String> parts = new ArrayList<>();
        String last = null;
        int count = 0;
        for (String room : rooms) {
            String kind = room.replaceFirst("-\\d+$", "");
            if (kind.equals(last)) {
                count++;
                continue;
            }
            add(parts, last, count);
            last = kind;
            count = 1;
        }
        add(parts, last, count);
        return String.join("、", parts);
    }

    private static void add(List<String> parts, String kind, int count) {
        if (kind == null) {
            return;
        }
        String name = CellValues.ROOM_NAMES.entrySet().stream().filter(e -> e.getValue().equals(kind))
                .map(Map.Entry::getKey).findFirst().orElse(kind);
        parts.add(count > 1 ? name + "×" + count : name);
    }
}
