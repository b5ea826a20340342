package com.handover.server.reference;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistTemplate;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's {@link TemplateCatalog} over the bundled templates and the versions the office published: what
 * devices may use, and how many items an inspection on one of them has.
 */
public final class PublishedTemplateCatalog implements TemplateCatalog {

    /** Rooms lists whose item counts are kept (a project has a handful, one per unit type and template). */
    static final int COUNTS_KEPT = 4096;

    private final TemplateStore store;
    private final Map<CountKey, Integer> counts = new ConcurrentHashMap<>();

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

    /**
     * How many items an inspection on these rooms has. A published version never changes (a new one gets the next
     * number), so a count once found is kept: the state folder asks again each time it folds an inspection. Counts
     * for versions not published yet are not kept, and at most {@value #COUNTS_KEPT} rooms lists are.
     */
    @Override
    public Integer itemCount(Connection c, String templateCode, int templateVersion, List<String> rooms)
            throws SQLException {
        CountKey key = new CountKey(templateCode, templateVersion, List.copyOf(rooms));
        Integer kept = counts.get(key);
        if (kept != null) {
            return kept;
        }
        Optional<ChecklistTemplate> t = catalog(c).template(templateCode, templateVersion);
        if (t.isEmpty()) {
            return null;
        }
        try {
            int count = t.get().itemCount(t.get().instantiate(rooms));
            if (counts.size() < COUNTS_KEPT) {
                counts.put(key, count);
            }
            return count;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record CountKey(String code, int version, List<String> rooms) {
    }
}
