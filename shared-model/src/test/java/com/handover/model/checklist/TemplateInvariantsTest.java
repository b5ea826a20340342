package com.handover.model.checklist;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateInvariantsTest {

    private static ChecklistItem item(String code) {
        return new ChecklistItem(code, "墙面", "Wall", "VISUAL", "无裂缝", "No cracks", "PLASTER", "CIVIL", null, null,
                Verification.QUALITATIVE);
    }

    private static RoomTemplate room(String code, ChecklistItem... items) {
        return new RoomTemplate(code, "客厅", "Living", false, false, List.of(items));
    }

    @Test
    void itemCodeMustBeUniqueAcrossRooms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ChecklistTemplate(
                "FINISHED", 2, "装修房", "Finished", null, List.of(room("LIVING", item("A")), room("KITCHEN", item("A")))));
        assertTrue(e.getMessage().contains("item A twice"), e.getMessage());
    }

    @Test
    void roomCodeMustBeUnique() {
        assertThrows(IllegalArgumentException.class, () -> new ChecklistTemplate(
                "FINISHED", 2, "装修房", "Finished", null, List.of(room("LIVING", item("A")), room("LIVING", item("B")))));
    }

    @Test
    void templateCodeMustBeADeliveryStandard() {
        assertThrows(IllegalArgumentException.class, () -> new ChecklistTemplate(
                "VILLA", 1, "别墅", "Villa", null, List.of(room("LIVING", item("A")))));
    }

    @Test
    void roomCannotBeBothRepeatableAndWholeUnit() {
        assertThrows(IllegalArgumentException.class,
                () -> new RoomTemplate("BEDROOM", "卧室", "Bedroom", true, true, List.of(item("A"))));
        assertThrows(IllegalArgumentException.class,
                () -> new RoomTemplate("BED-ROOM", "卧室", "Bedroom", true, false, List.of(item("A"))));
        assertThrows(IllegalArgumentException.class,
                () -> new RoomTemplate("BEDROOM", "卧室", "Bedroom", true, false, List.of()));
    }

    @Test
    void itemNeedsBothLanguages() {
        assertThrows(IllegalArgumentException.class, () -> new ChecklistItem("A", "墙面", " ", "VISUAL", "无裂缝",
                "No cracks", "PLASTER", "CIVIL", null, null, Verification.QUALITATIVE));
        assertThrows(IllegalArgumentException.class, () -> new ChecklistItem("A", "墙面", "Wall", "VISUAL", "无裂缝",
                null, "PLASTER", "CIVIL", null, null, Verification.QUALITATIVE));
    }

    @Test
    void toleranceRefusesTwoLimitsForTheSameMeasureAndCondition() {
        ToleranceLimit four = new ToleranceLimit("FLATNESS", Bound.MAX, BigDecimal.valueOf(4), MeasureUnit.MM, null);
        ToleranceLimit three = new ToleranceLimit("FLATNESS", Bound.MAX, BigDecimal.valueOf(3), MeasureUnit.MM, null);
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(List.of(four, three), "2 m", null));
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(List.of(), "2 m", null));
        assertDoesNotThrow(() -> new Tolerance(List.of(four, new ToleranceLimit("FLATNESS", Bound.MAX,
                BigDecimal.valueOf(3), MeasureUnit.MM, LimitCondition.HIGH_GRADE)), "2 m", null));
        assertThrows(IllegalArgumentException.class,
                () -> new ToleranceLimit("FLATNESS", Bound.MAX, BigDecimal.valueOf(-1), MeasureUnit.MM, null));
    }

    @Test
    void periodAmountMatchesItsUnit() {
        assertThrows(IllegalArgumentException.class, () -> new WarrantyPeriod(PeriodUnit.SERVICE_LIFE, 50));
        assertThrows(IllegalArgumentException.class, () -> new WarrantyPeriod(PeriodUnit.YEARS, null));
        assertThrows(IllegalArgumentException.class, () -> new WarrantyPeriod(PeriodUnit.YEARS, 0));
        assertDoesNotThrow(WarrantyPeriod::serviceLife);
    }

    @Test
    void vocabularyRefusesADuplicateCode() {
        Trade civil = new Trade("CIVIL", "土建", "Civil works");
        assertThrows(IllegalArgumentException.class,
                () -> new ChecklistVocabulary(1, List.of(), List.of(civil, civil), List.of(), List.of()));
    }
}
