package com.handover.model.json;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistTemplate;
import java.util.List;

/**
 * The checklist catalog bundled with shared-model: the vocabulary and version 1 of the FINISHED and
 * BARE_SHELL templates, listed in {@code /checklists/index.json}. Loaded once, on first use.
 */
public final class BundledChecklists {

    static final String DIRECTORY = "/checklists/";

    /** The index of bundled files. */
    record Index(String vocabulary, List<String> templates) {
    }

    private BundledChecklists() {
    }

    public static ChecklistCatalog catalog() {
        return Holder.CATALOG;
    }

    private static ChecklistCatalog load() {
        Index index = StrictJson.read(BundledResources.text(DIRECTORY + "index.json"), Index.class, "checklist index");
        List<ChecklistTemplate> templates = index.templates().stream()
                .map(file -> TemplateJson.readTemplate(BundledResources.text(DIRECTORY + file)))
                .toList();
        return new ChecklistCatalog(TemplateJson.readVocabulary(BundledResources.text(DIRECTORY + index.vocabulary())), templates);
    }

    private static final class Holder {
        static final ChecklistCatalog CATALOG = load();
    }
}
