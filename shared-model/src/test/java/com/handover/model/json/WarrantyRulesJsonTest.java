package com.handover.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.checklist.WarrantyPeriod;
import com.handover.model.warranty.LocalRulePack;
import com.handover.model.warranty.ProjectWarrantySettings;
import com.handover.model.warranty.SeasonCalendars;
import com.handover.model.warranty.SeasonCounting;
import com.handover.model.warranty.SeasonWindow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WarrantyRulesJsonTest {

    @Test
    void bundledSeasonsAndPacksRoundTrip() {
        SeasonCalendars seasons = BundledWarrantyRules.rules().seasons();
        assertEquals(seasons, WarrantyRulesJson.readSeasons(WarrantyRulesJson.write(seasons)));
        assertEquals(SeasonWindow.of(11, 15, 3, 15), seasons.heatingIn("北京市").orElseThrow());
        assertEquals(SeasonWindow.of(10, 20, 4, 20), seasons.heatingIn("Harbin").orElseThrow());
        assertTrue(seasons.heatingIn("广州").isEmpty());
        for (LocalRulePack pack : BundledWarrantyRules.rules().packs()) {
            String json = WarrantyRulesJson.write(pack);
            assertEquals(pack, WarrantyRulesJson.readPack(json));
            assertEquals(json, WarrantyRulesJson.write(WarrantyRulesJson.readPack(json)));
        }
    }

    @Test
    void projectSettingsRoundTripWithAStableKeyOrder() {
        Map<String, WarrantyPeriod> agreed = new LinkedHashMap<>();
        agreed.put("ROOF_WATERPROOF", WarrantyPeriod.years(8));
        agreed.put("HEATING", WarrantyPeriod.heatingSeasons(3));
        ProjectWarrantySettings settings = new ProjectWarrantySettings(UUID.fromString("7b0c3a52-6c1e-4c1b-9a51-3d2f4e5a6b7c"),
                agreed, SeasonWindow.of(12, 1, 2, 28), SeasonWindow.of(5, 15, 10, 15), SeasonCounting.COUNT_RUNNING_SEASON);
        String json = WarrantyRulesJson.write(settings);
        assertEquals("{\"projectId\":\"7b0c3a52-6c1e-4c1b-9a51-3d2f4e5a6b7c\","
                + "\"agreedContractorPeriods\":{\"HEATING\":{\"unit\":\"HEATING_SEASONS\",\"amount\":3},"
                + "\"ROOF_WATERPROOF\":{\"unit\":\"YEARS\",\"amount\":8}},"
                + "\"heatingSeason\":{\"start\":\"--12-01\",\"end\":\"--02-28\"},"
                + "\"coolingSeason\":{\"start\":\"--05-15\",\"end\":\"--10-15\"},"
                + "\"seasonCounting\":\"COUNT_RUNNING_SEASON\"}", json);
        assertEquals(settings, WarrantyRulesJson.readSettings(json));
    }

    @Test
    void invalidDataIsRefusedWithTheReason() {
        String base = WarrantyRulesJson.write(ProjectWarrantySettings.defaults(UUID.randomUUID()));
        IllegalArgumentException badKey = assertThrows(IllegalArgumentException.class, () -> WarrantyRulesJson.readSettings(
                base.replace("\"agreedContractorPeriods\":{}", "\"agreedContractorPeriods\":{\"roof\":{\"unit\":\"YEARS\",\"amount\":8}}")));
        assertTrue(badKey.getMessage().startsWith("not a valid project warranty settings"), badKey.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WarrantyRulesJson.readSettings(
                base.replace("\"agreedContractorPeriods\":{}", "\"agreedContractorPeriods\":{\"ROOF\":{\"unit\":\"SERVICE_LIFE\",\"amount\":8}}")));
        assertThrows(IllegalArgumentException.class, () -> WarrantyRulesJson.readSettings(
                base.replace("COMPLETE_SEASONS_ONLY", "SOMETIMES")));
        assertThrows(IllegalArgumentException.class, () -> WarrantyRulesJson.readPack("{\"code\":\"X\"}"));
        assertThrows(IllegalArgumentException.class, () -> WarrantyRulesJson.readSeasons("[]"));
    }
}
