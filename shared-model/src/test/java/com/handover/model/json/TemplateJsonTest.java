package com.handover.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.ChecklistVocabulary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateJsonTest {

    private final ChecklistCatalog catalog = BundledChecklists.catalog();

    @ParameterizedTest
    @ValueSource(strings = {"FINISHED", "BARE_SHELL"})
    void templateRoundTripIsIdentical(String code) {
        ChecklistTemplate template = catalog.latest(code).orElseThrow();
        String json = TemplateJson.write(template);
        ChecklistTemplate back = TemplateJson.readTemplate(json);
        assertEquals(template, back);
        assertEquals(json, TemplateJson.write(back));
    }

    @Test
    void anItemWithoutAToleranceLeavesItOutAndANullReadsTheSame() throws Exception {
        ChecklistTemplate template = catalog.latest("FINISHED").orElseThrow();
        JsonNode written = ModelJson.mapper().readTree(TemplateJson.write(template));
        List<JsonNode> items = new ArrayList<>();
        written.get("rooms").forEach(room -> room.get("items").forEach(items::add));
        JsonNode without = items.stream().filter(i -> !i.has("tolerance")).findFirst().orElseThrow();
        assertTrue(items.stream().noneMatch(i -> i.has("tolerance") && i.get("tolerance").isNull()));
        assertTrue(items.stream().anyMatch(i -> i.has("tolerance")));

        ((ObjectNode) without).putNull("tolerance");
        assertEquals(template, TemplateJson.readTemplate(written.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"finished-v1.json", "bare-shell-v1.json"})
    void bundledFileHoldsExactlyWhatTheRecordsWrite(String file) throws Exception {
        JsonNode bundled = ModelJson.mapper().readTree(BundledResources.text("/checklists/" + file));
        ChecklistTemplate template = TemplateJson.readTemplate(bundled.toString());
        assertEquals(bundled, ModelJson.mapper().readTree(TemplateJson.write(template)));
    }

    @Test
    void vocabularyRoundTripIsIdentical() {
        ChecklistVocabulary vocabulary = catalog.vocabulary();
        String json = TemplateJson.write(vocabulary);
        assertEquals(vocabulary, TemplateJson.readVocabulary(json));
        assertEquals(json, TemplateJson.write(TemplateJson.readVocabulary(json)));
    }

    @Test
    void derivedValuesAreNotWritten() {
        String json = TemplateJson.write(catalog.latest("FINISHED").orElseThrow());
        assertFalse(json.contains("itemCount"), "itemCount is computed, not stored");
        assertFalse(json.contains("\"standard\""), "standard is computed, not stored");
    }

    @Test
    void publishedVersionReadFromJsonJoinsTheCatalog() {
        ChecklistTemplate v1 = catalog.latest("BARE_SHELL").orElseThrow();
        String v2Json = TemplateJson.write(v1).replaceFirst("\"version\":1", "\"version\":2")
                .replace("\"nameZh\":\"毛坯房质量验收单\"", "\"nameZh\":\"毛坯房质量验收单(2027版)\"");
        ChecklistCatalog withV2 = catalog.with(TemplateJson.readTemplate(v2Json));
        assertEquals(2, withV2.latest("BARE_SHELL").orElseThrow().version());
        assertEquals("毛坯房质量验收单(2027版)", withV2.latest("BARE_SHELL").orElseThrow().nameZh());
        assertEquals(v1, withV2.template("BARE_SHELL", 1).orElseThrow());
        assertEquals(catalog.templates().size() + 1, withV2.templates().size());
    }

    @Test
    void republishingTheSameVersionWithOtherContentIsRefused() {
        ChecklistTemplate v1 = catalog.latest("BARE_SHELL").orElseThrow();
        assertEquals(catalog, catalog.with(v1), "the identical template changes nothing");
        ChecklistTemplate changed = new ChecklistTemplate(v1.code(), 1, "另一个名称", v1.nameEn(), v1.seedForm(), v1.rooms());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.with(changed));
        assertTrue(e.getMessage().contains("new version"), e.getMessage());
    }

    @Test
    void templateReferringToAnUnknownTradeIsRefusedByTheCatalog() {
        String json = TemplateJson.write(catalog.latest("BARE_SHELL").orElseThrow())
                .replaceFirst("\"version\":1", "\"version\":3")
                .replaceFirst("\"trade\":\"CIVIL\"", "\"trade\":\"ROOFING\"");
        ChecklistTemplate template = TemplateJson.readTemplate(json);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.with(template));
        assertTrue(e.getMessage().contains("unknown trade ROOFING"), e.getMessage());
    }

    @Test
    void malformedOrInvalidTemplatesAreRefusedWithTheReason() {
        String valid = TemplateJson.write(catalog.latest("BARE_SHELL").orElseThrow());
        List<String> bad = new ArrayList<>();
        bad.add("{");
        bad.add("null");
        bad.add(valid.replaceFirst("\"code\":\"BARE_SHELL\"", "\"code\":\"VILLA\""));
        bad.add(valid.replaceFirst("\"version\":1", "\"version\":0"));
        bad.add(valid.replaceFirst("\"version\":1", "\"version\":\"1\""));
        bad.add(valid.replaceFirst("\"seedForm\"", "\"colour\":\"red\",\"seedForm\""));
        bad.add(valid.replaceFirst("\"code\":\"B-ENTRANCE-KEYS\"", "\"code\":\"B-ENTRANCE-ENTRY_DOOR_OP\""));
        bad.add(valid.replaceFirst("\"nameEn\":\"Entrance security door operation and lock\"", "\"nameEn\":\" \""));
        for (String json : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TemplateJson.readTemplate(json));
            assertTrue(e.getMessage().startsWith("not a valid checklist template") || e.getMessage().contains("must be"),
                    e.getMessage());
        }
    }

    @Test
    void duplicateItemCodeNamesTheItem() {
        String json = TemplateJson.write(catalog.latest("BARE_SHELL").orElseThrow())
                .replaceFirst("\"code\":\"B-ENTRANCE-KEYS\"", "\"code\":\"B-ENTRANCE-ENTRY_DOOR_OP\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TemplateJson.readTemplate(json));
        assertTrue(e.getMessage().contains("item B-ENTRANCE-ENTRY_DOOR_OP twice"), e.getMessage());
    }
}
