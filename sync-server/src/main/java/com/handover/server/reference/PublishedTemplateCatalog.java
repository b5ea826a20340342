package com.handover.server.reference;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistTemplate;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's {@link TemplateCatalog} over the bundled templates and the versions the office published: what
 * devices may use, and how many items an inspection on one of them has.
 */
public final class PublishedTemplateCatalog implements TemplateCatalog {

    private final TemplateStore store;

    public PublishedTemplateCatalog(TemplateStore store) {
        this.store = Objects.requireNonNull(store);
    }

    private ChecklistCatalog catalog(Connection c) throws SQLException {
        return store.catalog(c);
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
