package com.handover.model.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.ItemResult;
import com.handover.model.json.BundledChecklists;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToleranceCheckTest {

    private final ChecklistCatalog catalog = BundledChecklists.catalog();

    @ParameterizedTest(name = "{0} measured {1} (high grade {2}, {3} floors) -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # item                     | value | high grade | floors | suggestion | basis
            B-LIVING-WALL_FLAT         | 4     | false      | -      | PASS       | GB 50210-2018 普通抹灰 表面平整度 ≤ 4 mm (on the limit passes)
            B-LIVING-WALL_FLAT         | 4.01  | false      | -      | FAIL       | GB 50210-2018 普通抹灰 ≤ 4 mm
            B-LIVING-WALL_FLAT         | 3.5   | true       | -      | FAIL       | GB 50210-2018 高级抹灰 ≤ 3 mm
            B-LIVING-WALL_FLAT         | 3     | true       | -      | PASS       | GB 50210-2018 高级抹灰 ≤ 3 mm
            F-LIVING-FLOOR_FLAT        | 2.5   | false      | -      | FAIL       | GB 50209-2010 地砖 表面平整度 ≤ 2 mm
            F-LIVING-FLOOR_HOLLOW      | 5     | false      | -      | PASS       | ≤ 5 % hollow tiles
            F-BATHROOM-PONDING         | 19    | false      | -      | FAIL       | JGJ 298 闭水试验 蓄水深度 ≥ 20 mm
            F-BATHROOM-PONDING         | 20    | false      | -      | PASS       | JGJ 298 闭水试验 蓄水深度 ≥ 20 mm
            F-BATHROOM-DRAIN_TRAP      | 50    | false      | -      | PASS       | GB 50015 水封 ≥ 50 mm
            F-BALCONY-RAIL_GAP         | 0.12  | false      | -      | FAIL       | GB 50096-2011 杆件净距 ≤ 0.11 m
            F-BALCONY-RAIL_HEIGHT      | 1.05  | false      | 6      | PASS       | GB 50096-2011 5.6.3 六层及以下 ≥ 1.05 m
            F-BALCONY-RAIL_HEIGHT      | 1.05  | false      | 7      | FAIL       | GB 50096-2011 5.6.3 七层及以上 ≥ 1.10 m
            F-BALCONY-RAIL_HEIGHT      | 1.1   | false      | 18     | PASS       | GB 50096-2011 5.6.3 七层及以上 ≥ 1.10 m
            F-UTILITIES-WATER_PRESSURE | 0.59  | false      | -      | FAIL       | GB 50242-2002 试验压力 ≥ 0.6 MPa
            """)
    void measuredValueIsComparedWithTheApplicableLimit(String itemCode, double value, boolean highGrade,
                                                       Integer floors, ItemResult expected, String basis) {
        ChecklistItem item = item(itemCode);
        Optional<ToleranceCheck.Suggestion> s = ToleranceCheck.suggest(item, value, new MeasurementContext(highGrade, floors));
        assertEquals(expected, s.orElseThrow(() -> new AssertionError("no suggestion: " + basis)).result(), basis);
        assertEquals(BigDecimal.valueOf(value), s.get().measured());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            F-LIVING-PAINT        | qualitative item, no figure
            F-LIVING-FLOOR_JOINT  | two measures (lippage and joint straightness): one value cannot say which
            B-LIVING-FLOOR_HOLLOW | two measures (area per spot and spots per room)
            F-BALCONY-RAIL_HEIGHT | limit depends on the building height, which is not known here
            """)
    void noSuggestionWithoutASingleNumericLimit(String itemCode, String why) {
        assertTrue(ToleranceCheck.suggest(item(itemCode), 1.0).isEmpty(), why);
    }

    @ParameterizedTest
    @CsvSource({"NaN", "Infinity"})
    void noSuggestionForANonNumber(double value) {
        assertTrue(ToleranceCheck.suggest(item("B-LIVING-WALL_FLAT"), value).isEmpty());
    }

    private ChecklistItem item(String code) {
        String template = code.startsWith("F-") ? "FINISHED" : "BARE_SHELL";
        return catalog.latest(template).orElseThrow().item(code).orElseThrow();
    }
}
