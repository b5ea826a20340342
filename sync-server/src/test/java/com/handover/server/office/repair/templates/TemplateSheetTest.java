package com.handover.server.office.repair.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.json.BundledChecklists;
import com.handover.server.office.repair.csv.Csv;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateSheetTest {

    @ParameterizedTest
    @ValueSource(strings = {"FINISHED", "BARE_SHELL"})
    void aBundledTemplateGoesThroughCsvAndExcelUnchanged(String code) {
        ChecklistTemplate t = BundledChecklists.catalog().latest(code).orElseThrow();
        List<List<String>> rows = TemplateSheet.rows(t);
        assertEquals(t.itemCount() + 1, rows.size());
        ChecklistTemplate fromCsv = TemplateSheet.parse(Csv.parse(Csv.write(rows), 5000), code, t.version(), t.nameZh(),
                t.nameEn(), t.seedForm());
        assertEquals(t, fromCsv);
        ChecklistTemplate fromXlsx = TemplateSheet.parse(TemplateXlsx.read(TemplateXlsx.write(rows, code)), code,
                t.version(), t.nameZh(), t.nameEn(), t.seedForm());
        assertEquals(t, fromXlsx);
    }

    @Test
    void aProblemNamesItsRowAndColumn() {
        ChecklistTemplate t = BundledChecklists.catalog().latest("FINISHED").orElseThrow();
        List<List<String>> rows = new ArrayList<>(TemplateSheet.rows(t));
        List<String> broken = new ArrayList<>(rows.get(3));
        broken.set(TemplateSheet.HEADER.indexOf("item_name_zh"), " ");
        rows.set(3, broken);
        TemplateSheet.SheetException e = assertThrows(TemplateSheet.SheetException.class,
                () -> TemplateSheet.parse(rows, "FINISHED", 2, "n", "n", null));
        assertTrue(e.getMessage().startsWith("row 4, column item_name_zh"), e.getMessage());

        List<List<String>> badLimit = new ArrayList<>(TemplateSheet.rows(t));
        List<String> row = new ArrayList<>(badLimit.get(1));
        row.set(TemplateSheet.HEADER.indexOf("tolerance"), "FLATNESS AT-MOST 4 MM");
        badLimit.set(1, row);
        e = assertThrows(TemplateSheet.SheetException.class, () -> TemplateSheet.parse(badLimit, "FINISHED", 2, "n", "n", null));
        assertTrue(e.getMessage().contains("column tolerance"), e.getMessage());
    }

    @Test
    void aSheetWithoutTheColumnsOrWithADuplicateItemIsRefused() {
        assertThrows(TemplateSheet.SheetException.class,
                () -> TemplateSheet.parse(List.of(List.of("room", "item")), "FINISHED", 2, "n", "n", null));
        ChecklistTemplate t = BundledChecklists.catalog().latest("FINISHED").orElseThrow();
        List<List<String>> rows = new ArrayList<>(TemplateSheet.rows(t));
        rows.add(rows.get(1));
        TemplateSheet.SheetException e = assertThrows(TemplateSheet.SheetException.class,
                () -> TemplateSheet.parse(rows, "FINISHED", 2, "n", "n", null));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedInWords() {
        TemplateSheet.SheetException e = assertThrows(TemplateSheet.SheetException.class,
                () -> TemplateXlsx.read(new byte[] {'P', 'K', 3, 4, 0, 0}));
        assertTrue(e.getMessage().contains("Excel"));
    }
}
