package com.handover.server.office.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.RoomTemplate;
import com.handover.model.json.BundledChecklists;
import com.handover.server.office.browser.ConsoleServer;
import com.handover.server.store.jdbc.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DemoTextsTest {

    /**
     * Parts a fault note may name, and the words of an item's name that make the note fit. A name's compound
     * words that merely contain a part (阀门 holds 门) are taken out first.
     */
    private static final Map<String, List<String>> PARTS_NAMED = Map.ofEntries(
            Map.entry("门扇", List.of("门", "闭门器")), Map.entry("窗扇", List.of("窗扇")),
            Map.entry("插座", List.of("插座")), Map.entry("开关", List.of("开关")), Map.entry("灯具", List.of("灯")),
            Map.entry("栏杆", List.of("栏杆")), Map.entry("龙头", List.of("龙头")), Map.entry("阀门", List.of("阀门")),
            Map.entry("玻璃", List.of("玻璃")), Map.entry("踢脚线", List.of("踢脚线")), Map.entry("锁芯", List.of("锁")),
            Map.entry("柜门", List.of("柜")), Map.entry("窗台板", List.of("窗台")), Map.entry("吊顶板", List.of("吊顶")),
            Map.entry("石材", List.of("石")), Map.entry("五金件", List.of("窗扇", "五金")),
            Map.entry("空鼓", List.of("空鼓")), Map.entry("裂", List.of("裂")), Map.entry("读数", List.of("读数")));
    private static final List<String> COMPOUNDS = List.of("阀门", "门板", "门禁", "门铃", "门吸", "门槛", "门厅");

    @Test
    void everyNoteOfEveryItemNamesOnlyPartsOfThatItem() {
        int items = 0;
        for (ChecklistTemplate t : BundledChecklists.catalog().templates()) {
            for (RoomTemplate room : t.rooms()) {
                for (ChecklistItem item : room.items()) {
                    items++;
                    for (String note : DemoTexts.faultsOf(item)) {
                        assertFits(item, note);
                    }
                }
            }
        }
        assertTrue(items > 150, "both bundled forms were read: " + items);
    }

    @Test
    void theDrawnNoteIsOneOfTheItemsOwn() {
        Random r = new Random(7);
        for (ChecklistTemplate t : BundledChecklists.catalog().templates()) {
            for (RoomTemplate room : t.rooms()) {
                for (ChecklistItem item : room.items()) {
                    assertTrue(DemoTexts.faultsOf(item).contains(DemoTexts.failureNote(item, r)), item.nameZh());
                }
            }
        }
    }

    @Test
    void everyDefectOfTheDemoIsDescribedByAFaultOfItsOwnItem() {
        Map<String, ChecklistItem> byCode = new HashMap<>();
        BundledChecklists.catalog().templates().forEach(t -> t.rooms().forEach(
                room -> room.items().forEach(i -> byCode.put(i.code(), i))));
        try (ConsoleServer server = ConsoleServer.start()) {
            List<String[]> defects = server.components().db().read(c -> Sql.query(c,
                    "SELECT item_code, description FROM defects WHERE item_code IS NOT NULL",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}));
            assertTrue(defects.size() > 20, "the demo has handover defects: " + defects.size());
            List<String> wrong = new ArrayList<>();
            for (String[] d : defects) {
                ChecklistItem item = byCode.get(d[0]);
                String expectedStart = item.nameZh() + "：";
                if (!d[1].startsWith(expectedStart)
                        || !DemoTexts.faultsOf(item).contains(d[1].substring(expectedStart.length()))) {
                    wrong.add(d[0] + " " + d[1]);
                }
            }
            assertEquals(List.of(), wrong, "defects whose description is not a fault of their item");
            List<String> marked = server.components().db().read(c -> Sql.query(c,
                    "SELECT description FROM defects"
                            + " WHERE description LIKE '%<%' OR description LIKE '%>%'", rs -> rs.getString(1)));
            assertEquals(List.of(), marked, "no markup in the demo's texts");
        }
    }

    private static void assertFits(ChecklistItem item, String note) {
        String name = item.nameZh();
        for (String compound : COMPOUNDS) {
            name = name.replace(compound, "·");
        }
        for (Map.Entry<String, List<String>> part : PARTS_NAMED.entrySet()) {
            if (note.contains(part.getKey()) && !note.startsWith("未达到要求：")) {
                String n = name;
                assertTrue(part.getValue().stream().anyMatch(w -> n.contains(w)
                                || COMPOUNDS.contains(w) && item.nameZh().contains(w)),
                        item.nameZh() + "：" + note + " names " + part.getKey());
            }
        }
        assertFalse(note.isBlank());
    }
}
