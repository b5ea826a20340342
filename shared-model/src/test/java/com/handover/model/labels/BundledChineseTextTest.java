package com.handover.model.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.RoomTemplate;
import com.handover.model.json.BundledChecklists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The Chinese text the domain ships (checklists, rule texts) uses full-width punctuation. */
class BundledChineseTextTest {

    @Test
    void checklistNamesCriteriaAndReferencesUseFullWidthPunctuation() {
        ChecklistCatalog catalog = BundledChecklists.catalog();
        List<String> found = new ArrayList<>();
        for (ChecklistTemplate t : catalog.templates()) {
            check(found, t.code(), t.nameZh());
            for (RoomTemplate r : t.rooms()) {
                check(found, r.code(), r.nameZh());
                for (ChecklistItem i : r.items()) {
                    check(found, i.code(), i.nameZh());
                    check(found, i.code(), i.criterionZh());
                    check(found, i.code(), i.reference());
                }
            }
        }
        var v = catalog.vocabulary();
        v.methods().forEach(m -> check(found, m.code(), m.nameZh()));
        v.trades().forEach(m -> check(found, m.code(), m.nameZh()));
        v.measures().forEach(m -> check(found, m.code(), m.nameZh()));
        v.warrantyCategories().forEach(m -> check(found, m.code(), m.nameZh()));
        assertEquals(List.of(), found);
    }

    @Test
    void ruleAndWarrantyTextsUseFullWidthPunctuation() {
        List<String> found = new ArrayList<>();
        for (String name : new String[] {"com.handover.model.sla.SlaMessages", "com.handover.model.warranty.WarrantyMessages"}) {
            ResourceBundle zh = ResourceBundle.getBundle(name, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : Collections.list(zh.getKeys())) {
                check(found, name + " " + key, zh.getString(key));
            }
        }
        assertEquals(List.of(), found);
    }

    private static void check(List<String> found, String where, String text) {
        ChinesePunctuation.find(text).forEach(s -> found.add(where + ": " + s));
    }
}
