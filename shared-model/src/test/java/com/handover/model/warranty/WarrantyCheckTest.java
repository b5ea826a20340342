package com.handover.model.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.json.BundledWarrantyRules;
import com.handover.model.site.Project;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarrantyCheckTest {

    private final WarrantyCheck check = new WarrantyCheck(BundledWarrantyRules.rules(), Map.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # basis                                                                         | city | completion | handover   | category        | report date | status          | expiry
            REFERENCE §1.4: reportDate <= buyerExpiry is in warranty (the expiry day itself) | 北京 | 2020-01-10 | 2024-06-01 | ROOF_WATERPROOF | 2027-06-01  | IN_WARRANTY     | 2027-06-01
            REFERENCE §1.4: the day after the expiry is out of warranty (a paid repair)      | 北京 | 2020-01-10 | 2024-06-01 | ROOF_WATERPROOF | 2027-06-02  | OUT_OF_WARRANTY | 2027-06-01
            建房[1998]102号 第五条 灯具 6个月: reported on the last day                      | 北京 | 2023-01-01 | 2025-03-31 | LIGHTING_SWITCH | 2025-09-30  | IN_WARRANTY     | 2025-09-30
            建房[1998]102号 第五条 灯具 6个月: reported a day late                          | 北京 | 2023-01-01 | 2025-03-31 | LIGHTING_SWITCH | 2025-10-01  | OUT_OF_WARRANTY | 2025-09-30
            REFERENCE §1.5 example: heating, last day of the first complete season          | 北京 | 2025-10-01 | 2025-12-20 | HEATING         | 2027-03-15  | IN_WARRANTY     | 2027-03-15
            REFERENCE §1.5 example: heating, the day after                                  | 北京 | 2025-10-01 | 2025-12-20 | HEATING         | 2027-03-16  | OUT_OF_WARRANTY | 2027-03-15
            88号令 第三十三条: warranty runs from 交付之日, a report on that day is covered  | 北京 | 2025-03-01 | 2025-12-20 | PIPE_BLOCKAGE   | 2025-12-20  | IN_WARRANTY     | 2027-03-01
            88号令 第三十三条: the buyer warranty starts at 交付, a report before it is not covered by it | 北京 | 2025-03-01 | 2025-12-20 | PIPE_BLOCKAGE | 2025-12-19 | NOT_HANDED_OVER | -
            条例 第四十条 / 建房[1998]102号 第五条: 其他 by agreement                        | 北京 | 2025-03-01 | 2025-12-20 | OTHER           | 2026-01-05  | BY_AGREEMENT    | -
            REFERENCE §1.5: no heating season in 深圳                                        | 深圳 | 2025-03-01 | 2025-12-20 | HEATING         | 2026-01-05  | NOT_APPLICABLE  | -
            """)
    void reportDateDecides(String basis, String city, LocalDate completion, LocalDate handover, String category,
                           LocalDate reportDate, WarrantyStatus status, LocalDate expiry) {
        WarrantyCheckResult result = check.check(handover, WarrantyTermTest.project(city, completion), category, reportDate);
        assertEquals(status, result.status(), basis);
        assertEquals(expiry, result.expiry(), basis);
        assertEquals(status == WarrantyStatus.IN_WARRANTY, result.inWarranty(), basis);
    }

    @Test
    void unitNotHandedOverHasNoBuyerWarrantyYet() {
        Project project = WarrantyTermTest.project("北京", LocalDate.parse("2025-03-01"));
        WarrantyCheckResult result = check.check(null, project, "ROOF_WATERPROOF", LocalDate.parse("2025-04-01"));
        assertEquals(WarrantyStatus.NOT_HANDED_OVER, result.status());
        assertNull(result.term());
        assertTrue(result.basisZh().contains("尚未交付"), result.basisZh());
        assertEquals(LocalDate.parse("2030-03-01"),
                check.calculator().contractorExpiry(project, check.settingsOf(project), "ROOF_WATERPROOF").orElseThrow(),
                "the contractor's clock runs from completion acceptance regardless");
    }

    @Test
    void outOfWarrantyIsExplainedInBothLanguages() {
        Project project = WarrantyTermTest.project("北京", LocalDate.parse("2023-01-01"));
        WarrantyCheckResult result = check.check(LocalDate.parse("2025-03-31"), project, "LIGHTING_SWITCH",
                LocalDate.parse("2025-10-01"));
        assertTrue(result.basisZh().startsWith("已过保修期（报修日期2025-10-01，保修至2025-09-30）"), result.basisZh());
        assertTrue(result.basisZh().contains("灯具、电器开关6个月"), result.basisZh());
        String en = result.explanation(Locale.ENGLISH);
        assertTrue(en.startsWith("Out of warranty (reported 2025-10-01, warranty to 2025-09-30): a paid repair"), en);
    }

    @Test
    void projectSettingsAreUsedForTheirProject() {
        Project guangzhou = WarrantyTermTest.project("广州", LocalDate.parse("2025-03-01"));
        ProjectWarrantySettings floorHeating = new ProjectWarrantySettings(guangzhou.id(), Map.of(),
                SeasonWindow.of(12, 1, 2, 28), null, SeasonCounting.COMPLETE_SEASONS_ONLY);
        WarrantyCheck withSettings = new WarrantyCheck(BundledWarrantyRules.rules(), Map.of(guangzhou.id(), floorHeating));
        assertEquals(WarrantyStatus.IN_WARRANTY, withSettings.check(LocalDate.parse("2025-12-20"), guangzhou, "HEATING",
                LocalDate.parse("2027-02-28")).status());
        assertEquals(WarrantyStatus.NOT_APPLICABLE, check.check(LocalDate.parse("2025-12-20"), guangzhou, "HEATING",
                LocalDate.parse("2027-02-28")).status());
    }

    @Test
    void unknownCategoryIsRefused() {
        Project project = WarrantyTermTest.project("北京", LocalDate.parse("2025-03-01"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> check.check(LocalDate.parse("2025-12-20"), project, "SWIMMING_POOL", LocalDate.parse("2026-01-01")));
        assertTrue(e.getMessage().contains("SWIMMING_POOL"), e.getMessage());
    }
}
