package com.handover.model.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.json.BundledChecklists;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoomKeyTest {

    @Test
    void aNumberedKeyReadsAsItsCodeAndNumber() {
        RoomKey key = RoomKey.parse("BEDROOM-2");
        assertEquals("BEDROOM", key.code());
        assertEquals(2, key.number());
        assertEquals(" 2", key.nameSuffix());
        assertEquals("BEDROOM-2", key.text());
    }

    @Test
    void aSingleRoomHasNoNumber() {
        RoomKey key = RoomKey.parse("LIVING_DINING");
        assertEquals("LIVING_DINING", key.code());
        assertEquals(0, key.number());
        assertEquals("", key.nameSuffix());
        assertEquals("LIVING_DINING", key.text());
    }

    @Test
    void textThatIsNotARoomKeyIsRefusedOrReadAsNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoomKey.parse("BEDROOM-0"));
        assertTrue(e.getMessage().contains("room"), e.getMessage());
        assertEquals(Optional.empty(), RoomKey.read("bedroom-2"));
        assertEquals(Optional.empty(), RoomKey.read("BEDROOM-100"));
        assertEquals(Optional.empty(), RoomKey.read(null));
        assertEquals("BATHROOM", RoomKey.codeOf("BATHROOM-1"));
        assertEquals("not a key", RoomKey.codeOf("not a key"));
    }

    @Test
    void aTemplateFindsTheRoomAKeyNamesAndNumbersItOnlyWhenRepeatable() {
        ChecklistTemplate template = BundledChecklists.catalog().latest("FINISHED").orElseThrow();
        RoomTemplate repeatable = template.rooms().stream().filter(RoomTemplate::repeatable).findFirst().orElseThrow();
        RoomTemplate single = template.rooms().stream().filter(r -> !r.repeatable()).findFirst().orElseThrow();
        assertEquals(Optional.of(3), template.unitRoom(repeatable.code() + "-3").map(InstantiatedRoom::ordinal));
        assertEquals(Optional.empty(), template.unitRoom(repeatable.code()));
        assertEquals(Optional.empty(), template.unitRoom(single.code() + "-1"));
        assertEquals(Optional.of(single), template.roomOfKey(single.code()));
        assertEquals(Optional.empty(), template.roomOfKey("NO_SUCH_ROOM-2"));
    }
}
