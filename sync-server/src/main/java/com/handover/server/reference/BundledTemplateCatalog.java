package com.handover.server.reference;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.json.BundledChecklists;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/** The checklist templates bundled with the shared model (FINISHED, BARE_SHELL). */
public final class BundledTemplateCatalog implements TemplateCatalog {

    private final ChecklistCatalog catalog;

    public BundledTemplateCatalog(ChecklistCatalog catalog) {
        this.catalog = catalog;
    }

    public static BundledTemplateCatalog load() {
        return new BundledTemplateCatalog(BundledChecklists.catalog());
    }

    public ChecklistCatalog catalog() {
        return catalog;
    }

    @Override
    public List<TemplateRef> templates(Connection c) {
        return catalog.templates().stream().map(t -> new TemplateRef(t.code(), t.version())).toList();
    }

    @Override
    public Integer itemCount(Connection c, String templateCode, int templateVersion, List<String> rooms) {
        Optional<ChecklistTemplate> template = catalog.template(templateCode, templateVersion);
        if (template.isEmpty()) {
            return null;
        }
        try {
            return template.get().itemCount(template.get().instantiate(rooms));
        } catch (IllegalArgumentException e) {
            // Rooms the template does not know: the inspection is kept, its completeness cannot be judged.
            return null;
        }
    }
}
