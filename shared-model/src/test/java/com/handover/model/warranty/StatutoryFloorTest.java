package com.handover.model.warranty;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.checklist.WarrantyPeriod;
import com.handover.model.json.BundledChecklists;
import org.junit.jupiter.api.Test;

/** 《建设工程质量管理条例》第四十条: an agreed period may lengthen the statutory minimum, never shorten it. */
class StatutoryFloorTest {

    private static com.handover.model.checklist.WarrantyCategory category(String code) {
        return BundledChecklists.catalog().vocabulary().warrantyCategory(code).orElseThrow();
    }

    @Test
    void periodsAreComparedInTheirOwnUnits() {
        assertTrue(StatutoryFloor.respects(category("ROOF_WATERPROOF"), WarrantyPeriod.years(5)));
        assertTrue(StatutoryFloor.respects(category("ROOF_WATERPROOF"), WarrantyPeriod.months(72)));
        assertFalse(StatutoryFloor.respects(category("ROOF_WATERPROOF"), WarrantyPeriod.months(59)));
        assertFalse(StatutoryFloor.respects(category("PIPE_LEAK"), WarrantyPeriod.years(1)));
        assertTrue(StatutoryFloor.respects(category("HEATING"), WarrantyPeriod.heatingSeasons(3)));
        assertFalse(StatutoryFloor.respects(category("HEATING"), WarrantyPeriod.heatingSeasons(1)));
        assertFalse(StatutoryFloor.respects(category("HEATING"), WarrantyPeriod.years(5)),
                "seasons are not years: the law counts heating seasons");
        assertFalse(StatutoryFloor.respects(category("STRUCTURE"), WarrantyPeriod.years(70)));
        assertTrue(StatutoryFloor.respects(category("STRUCTURE"), WarrantyPeriod.serviceLife()));
        assertTrue(StatutoryFloor.respects(category("OTHER"), WarrantyPeriod.years(1)));
    }
}
