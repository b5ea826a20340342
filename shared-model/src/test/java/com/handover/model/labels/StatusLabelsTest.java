package com.handover.model.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.MarkupShape;
import com.handover.model.WorkOrderStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every domain status has exactly one label per language, in plain office words. */
class StatusLabelsTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Test
    void everyConstantOfEveryLabelledTypeHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Locale locale : LANGUAGES) {
            for (Class<? extends Enum<?>> type : StatusLabels.TYPES) {
                for (Enum<?> value : type.getEnumConstants()) {
                    if (StatusLabels.label(value, locale).isEmpty()) {
                        missing.add(locale + " " + StatusLabels.key(value));
                    }
                }
            }
            for (String stage : StatusLabels.UNIT_STAGES) {
                if (StatusLabels.find(StatusLabels.unitStageKey(stage), locale).isEmpty()) {
                    missing.add(locale + " " + StatusLabels.unitStageKey(stage));
                }
            }
        }
        assertEquals(List.of(), missing, "add these to shared-model com/handover/model/labels/StatusLabels*.properties");
    }

    @Test
    void chineseAndEnglishNameTheSameKeysAndNothingElse() {
        Set<String> zh = keys("StatusLabels.properties");
        Set<String> en = keys("StatusLabels_en.properties");
        assertEquals(zh, en);
        Set<String> expected = new TreeSet<>();
        StatusLabels.TYPES.forEach(t -> {
            for (Enum<?> v : t.getEnumConstants()) {
                expected.add(StatusLabels.key(v));
            }
        });
        StatusLabels.UNIT_STAGES.forEach(s -> expected.add(StatusLabels.unitStageKey(s)));
        assertEquals(expected, zh, "keys for values that do not exist");
    }

    @Test
    void withinATypeNoTwoValuesShareALabel() {
        for (Locale locale : LANGUAGES) {
            for (Class<? extends Enum<?>> type : StatusLabels.TYPES) {
                Map<String, String> seen = new HashMap<>();
                for (Enum<?> v : type.getEnumConstants()) {
                    String label = StatusLabels.label(v, locale).orElseThrow();
                    String other = seen.put(label, v.name());
                    assertTrue(other == null, locale + " " + type.getSimpleName() + ": " + other + " and " + v.name()
                            + " both read " + label);
                }
            }
        }
    }

    @Test
    void chineseLabelsUseFullWidthPunctuationAndTheOfficeWords() {
        ResourceBundle zh = StatusLabels.bundle(Locale.SIMPLIFIED_CHINESE);
        for (String key : Collections.list(zh.getKeys())) {
            String label = zh.getString(key);
            assertEquals(List.of(), ChinesePunctuation.find(label), key);
            for (String banned : new String[] {"单位", "承包商", "工单", "转自修", "签收"}) {
                assertTrue(!label.contains(banned), key + " says " + banned + ": " + label);
            }
        }
    }

    @Test
    void nestedTypesAreNamedWithTheirOuterType() {
        assertEquals("enum.MarkupShape.Kind.ARROW", StatusLabels.key(MarkupShape.Kind.ARROW));
        assertEquals("enum.WorkOrderStatus.SELF_REPAIR", StatusLabels.key(WorkOrderStatus.SELF_REPAIR));
        assertEquals("自行维修", StatusLabels.label(WorkOrderStatus.SELF_REPAIR, Locale.SIMPLIFIED_CHINESE).orElseThrow());
        assertEquals("Self-repair", StatusLabels.label(WorkOrderStatus.SELF_REPAIR, Locale.ENGLISH).orElseThrow());
    }

    /** The keys of one file alone (a bundle's key set would include its parent's). */
    private static Set<String> keys(String file) {
        Properties p = new Properties();
        try (InputStream in = StatusLabels.class.getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
