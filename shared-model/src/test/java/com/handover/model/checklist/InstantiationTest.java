package com.handover.model.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.json.BundledChecklists;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InstantiationTest {

    private static final List<String> THREE_BED_TWO_BATH_ONE_BALCONY = List.of(
            "LIVING", "KITCHEN", "BEDROOM-1", "BEDROOM-2", "BEDROOM-3", "BATHROOM-1", "BATHROOM-2", "BALCONY-1");

    private final ChecklistTemplate finished = BundledChecklists.catalog().latest("FINISHED").orElseThrow();
    private final ChecklistTemplate bareShell = BundledChecklists.catalog().latest("BARE_SHELL").orElseThrow();

    @Test
    void threeBedroomTwoBathroomOneBalconyUnitGetsItsRoomsInTemplateOrder() {
        List<InstantiatedRoom> rooms = finished.instantiate(THREE_BED_TWO_BATH_ONE_BALCONY);
        assertEquals(List.of("ENTRANCE", "LIVING", "BEDROOM-1", "BEDROOM-2", "BEDROOM-3", "KITCHEN",
                        "BATHROOM-1", "BATHROOM-2", "BALCONY-1", "WINDOWS", "UTILITIES", "FIXTURES"),
                rooms.stream().map(InstantiatedRoom::key).toList());
        // 7 entrance + 15 living + 3 x 14 bedroom + 16 kitchen + 2 x 20 bathroom + 10 balcony + 9 windows
        // + 14 utilities + 13 fitted items
        assertEquals(7 + 15 + 3 * 14 + 16 + 2 * 20 + 10 + 9 + 14 + 13, finished.itemCount(rooms));
    }

    @Test
    void bareShellUnitHasNoFittedItemsRoom() {
        List<InstantiatedRoom> rooms = bareShell.instantiate(THREE_BED_TWO_BATH_ONE_BALCONY);
        assertEquals(List.of("ENTRANCE", "LIVING", "BEDROOM-1", "BEDROOM-2", "BEDROOM-3", "KITCHEN",
                        "BATHROOM-1", "BATHROOM-2", "BALCONY-1", "WINDOWS", "UTILITIES"),
                rooms.stream().map(InstantiatedRoom::key).toList());
        assertEquals(5 + 14 + 3 * 8 + 10 + 2 * 9 + 7 + 7 + 12, bareShell.itemCount(rooms));
    }

    @Test
    void unnumberedRepeatableRoomsAreNumberedInOrder() {
        List<InstantiatedRoom> rooms = finished.instantiate(List.of("BEDROOM", "LIVING", "BEDROOM", "BATHROOM"));
        assertEquals(List.of("ENTRANCE", "LIVING", "BEDROOM-1", "BEDROOM-2", "BATHROOM-1", "WINDOWS", "UTILITIES", "FIXTURES"),
                rooms.stream().map(InstantiatedRoom::key).toList());
    }

    @Test
    void roomsTheUnitLacksAreLeftOutButWholeUnitRoomsStay() {
        List<InstantiatedRoom> rooms = finished.instantiate(List.of("BEDROOM-1"));
        assertEquals(List.of("ENTRANCE", "BEDROOM-1", "WINDOWS", "UTILITIES", "FIXTURES"),
                rooms.stream().map(InstantiatedRoom::key).toList());
    }

    @Test
    void labelsNumberRepeatableRoomsInBothLanguages() {
        List<InstantiatedRoom> rooms = finished.instantiate(THREE_BED_TWO_BATH_ONE_BALCONY);
        InstantiatedRoom secondBedroom = rooms.get(3);
        assertEquals("卧室 2", secondBedroom.label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Bedroom 2", secondBedroom.label(Locale.ENGLISH));
        assertEquals(2, secondBedroom.ordinal());
        InstantiatedRoom living = rooms.get(1);
        assertEquals("客厅/餐厅", living.labelZh());
        assertEquals("Living / dining room", living.labelEn());
        assertEquals(0, living.ordinal());
    }

    @Test
    void unknownRoomIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> finished.instantiate(List.of("LIVING", "STUDY")));
        assertTrue(e.getMessage().contains("STUDY"), e.getMessage());
    }

    @Test
    void singleRoomListedTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> finished.instantiate(List.of("LIVING", "LIVING")));
        assertThrows(IllegalArgumentException.class, () -> finished.instantiate(List.of("LIVING-1")));
    }

    @Test
    void numbersWithGapsOrRepeatsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> finished.instantiate(List.of("BEDROOM-1", "BEDROOM-3")));
        assertThrows(IllegalArgumentException.class, () -> finished.instantiate(List.of("BEDROOM-1", "BEDROOM-1")));
        assertThrows(IllegalArgumentException.class, () -> finished.instantiate(List.of("BEDROOM-1", "BEDROOM")));
    }

    @Test
    void listedWholeUnitRoomIsNotDoubled() {
        List<InstantiatedRoom> rooms = finished.instantiate(List.of("ENTRANCE", "LIVING"));
        assertEquals(1, rooms.stream().filter(r -> r.key().equals("ENTRANCE")).count());
    }
}
