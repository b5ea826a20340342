package com.handover.model.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.DeliveryStandard;
import com.handover.model.json.BundledChecklists;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class BundledTemplatesTest {

    private final ChecklistCatalog catalog = BundledChecklists.catalog();

    @ParameterizedTest
    @CsvSource({
            "FINISHED,   118, SM03-15, 9",
            "BARE_SHELL,  72, SM03-16, 8",
    })
    void bundledTemplateLoadsAsVersionOneWithAllItsItems(String code, int items, String seedForm, int rooms) {
        ChecklistTemplate template = catalog.template(code, 1).orElseThrow();
        assertEquals(items, template.itemCount());
        assertEquals(seedForm, template.seedForm());
        assertEquals(rooms, template.rooms().size());
        assertEquals(template, catalog.latest(code).orElseThrow());
    }

    @Test
    void everyDeliveryStandardHasATemplate() {
        for (DeliveryStandard standard : DeliveryStandard.values()) {
            assertEquals(standard, catalog.latest(standard).orElseThrow().standard());
        }
    }

    @ParameterizedTest
    @EnumSource(DeliveryStandard.class)
    void everyItemHasChineseAndEnglishTextAndKnownCodes(DeliveryStandard standard) {
        ChecklistVocabulary vocabulary = catalog.vocabulary();
        for (ChecklistItem item : items(standard)) {
            assertFalse(item.nameZh().isBlank(), item.code());
            assertFalse(item.nameEn().isBlank(), item.code());
            assertFalse(item.criterionZh().isBlank(), item.code());
            assertFalse(item.criterionEn().isBlank(), item.code());
            assertTrue(containsHan(item.nameZh()), item.code() + " zh name has Chinese: " + item.nameZh());
            assertTrue(vocabulary.method(item.method()).isPresent(), item.code() + " method " + item.method());
            assertTrue(vocabulary.trade(item.trade()).isPresent(), item.code() + " trade " + item.trade());
            assertTrue(vocabulary.warrantyCategory(item.warrantyCategory()).isPresent(),
                    item.code() + " warranty category " + item.warrantyCategory());
        }
    }

    @Test
    void vocabularyNamesAreInChineseAndEnglish() {
        ChecklistVocabulary v = catalog.vocabulary();
        assertEquals(19, v.methods().size());
        assertEquals(7, v.trades().size());
        assertEquals(18, v.warrantyCategories().size());
        Stream.of(v.methods().stream().map(m -> List.of(m.nameZh(), m.nameEn())),
                        v.trades().stream().map(t -> List.of(t.nameZh(), t.nameEn())),
                        v.measures().stream().map(m -> List.of(m.nameZh(), m.nameEn())),
                        v.warrantyCategories().stream().map(c -> List.of(c.nameZh(), c.nameEn())))
                .flatMap(s -> s)
                .forEach(names -> {
                    assertTrue(containsHan(names.get(0)), names.toString());
                    assertFalse(names.get(1).isBlank(), names.toString());
                });
    }

    @Test
    void wholeUnitAndRepeatableRoomsAreMarked() {
        ChecklistTemplate finished = catalog.latest(DeliveryStandard.FINISHED).orElseThrow();
        Set<String> repeatable = finished.rooms().stream().filter(RoomTemplate::repeatable)
                .map(RoomTemplate::code).collect(Collectors.toSet());
        Set<String> wholeUnit = finished.rooms().stream().filter(RoomTemplate::wholeUnit)
                .map(RoomTemplate::code).collect(Collectors.toSet());
        assertEquals(Set.of("BEDROOM", "BATHROOM", "BALCONY"), repeatable);
        assertEquals(Set.of("ENTRANCE", "WINDOWS", "UTILITIES", "FIXTURES"), wholeUnit);
    }

    @Test
    void itemsWithoutAVerificationFieldInTheSourceAreQualitative() {
        ChecklistItem qualitative = catalog.latest("FINISHED").orElseThrow().item("F-ENTRANCE-ENTRY_DOOR_OP").orElseThrow();
        assertEquals(Verification.QUALITATIVE, qualitative.verification());
        ChecklistItem railing = catalog.latest("FINISHED").orElseThrow().item("F-BALCONY-RAIL_HEIGHT").orElseThrow();
        assertEquals(Verification.VERIFIED, railing.verification());
        assertEquals("GB 50096-2011 5.6.3", railing.reference());
        EnumSet<Verification> seen = EnumSet.noneOf(Verification.class);
        items(DeliveryStandard.FINISHED).forEach(i -> seen.add(i.verification()));
        assertEquals(EnumSet.allOf(Verification.class), seen);
    }

    private List<ChecklistItem> items(DeliveryStandard standard) {
        return catalog.latest(standard).orElseThrow().rooms().stream().flatMap(r -> r.items().stream()).toList();
    }

    private static boolean containsHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
