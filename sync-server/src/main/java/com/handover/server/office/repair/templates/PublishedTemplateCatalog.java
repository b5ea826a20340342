package com.handover.server.office.repair.templates;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.json.BundledChecklists;
import com.handover.server.reference.TemplateCatalog;
import com.handover.server.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The server's {@link TemplateCatalog} over the bundled templates and the versions the office published: what
 * devices may use, and how many items an inspection on one of them has. The database is bound once the server
 * is wired ({@link #bind}); until then only the bundled templates are known.
 */
public final class PublishedTemplateCatalog implements TemplateCatalog {

    private volatile TemplateStore store;

    public void bind(Database db) {
        this.store = new TemplateStore(db);
    }

    private ChecklistCatalog catalog(Connection c) throws SQLException {
        TemplateStore s = store;
        return s == null ? BundledChecklists.catalog() : s.catalog(c);
    }

    @Override
    public List<TemplateRef> templates(Connection c) throws SQLException {
        return catalog(c).templates().stream().map(t -> new TemplateRef(t.code(), t.version())).toList();
    }

    @Override
    public Integer itemCount(Connection c, String templateCode, int templateVersion, List<String> rooms)
            throws SQLException {
        Optional<ChecklistTemplate> t = catalog(c).template(templateCode, templateVersion);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return t.get().itemCount(t.get().instantiate(rooms));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
