package com.handover.model.json;

import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.ChecklistVocabulary;

/**
 * Reads and writes checklist templates and their vocabulary as JSON, so that a version the office publishes
 * can be stored and sent to devices. Reading is strict: unknown fields, wrong types and broken invariants
 * are refused with an {@link IllegalArgumentException} that says what was wrong.
 */
public final class TemplateJson {

    private TemplateJson() {
    }

    public static String write(ChecklistTemplate template) {
        return StrictJson.write(template);
    }

    public static ChecklistTemplate readTemplate(String json) {
        return StrictJson.read(json, ChecklistTemplate.class, "checklist template");
    }

    public static String write(ChecklistVocabulary vocabulary) {
        return StrictJson.write(vocabulary);
    }

    public static ChecklistVocabulary readVocabulary(String json) {
        return StrictJson.read(json, ChecklistVocabulary.class, "checklist vocabulary");
    }
}
