package com.handover.server.reference;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.json.BundledChecklists;
import com.handover.model.json.TemplateJson;
import com.handover.server.store.Database;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Checklist templates: the bundled version 1 of each, plus the versions the office published (stored as
 * TemplateJson), and one draft per template being edited. Published versions are never changed: inspections
 * keep the version they ran on, and a change is published as the next version.
 */
public final class TemplateStore {

    /** A draft: the template being edited, the version it was based on, and where it came from. */
    public record Draft(ChecklistTemplate template, int basedOn, String sourceName, String updatedBy, long updatedAt) {
    }

    /** A published version: who published it and when (null for the bundled ones). */
    public record Published(String code, int version, int itemCount, String publishedBy, Long publishedAt) {
    }

    private final Database db;
    private volatile Cached cached;

    private record Cached(String stamp, ChecklistCatalog catalog) {
    }

    public TemplateStore(Database db) {
        this.db = db;
    }

    /** Every version of every template, bundled and published. */
    public ChecklistCatalog catalog() {
        return db.read(this::catalog);
    }

    public ChecklistCatalog catalog(Connection c) throws SQLException {
        String stamp = Sql.queryOne(c, "SELECT COUNT(*), MAX(published_at) FROM checklist_templates",
                rs -> rs.getLong(1) + "/" + rs.getLong(2)).orElse("0/0");
        Cached now = cached;
        if (now != null && now.stamp().equals(stamp)) {
            return now.catalog();
        }
        ChecklistCatalog catalog = BundledChecklists.catalog();
        for (String json : Sql.query(c, "SELECT template_json FROM checklist_templates ORDER BY code, version",
                rs -> rs.getString(1))) {
            catalog = catalog.with(TemplateJson.readTemplate(json));
        }
        cached = new Cached(stamp, catalog);
        return catalog;
    }

    /** The published versions, newest first per template. */
    public List<Published> published() {
        return db.read(c -> {
            var catalog = catalog(c);
            var stored = Sql.query(c, "SELECT code, version, published_by, published_at FROM checklist_templates",
                    rs -> new Published(rs.getString(1), rs.getInt(2), 0, rs.getString(3), rs.getLong(4)));
            return catalog.templates().stream()
                    .map(t -> stored.stream().filter(s -> s.code().equals(t.code()) && s.version() == t.version())
                            .findFirst()
                            .map(s -> new Published(t.code(), t.version(), t.itemCount(), s.publishedBy(), s.publishedAt()))
                            .orElse(new Published(t.code(), t.version(), t.itemCount(), null, null)))
                    .sorted((a, b) -> a.code().equals(b.code()) ? Integer.compare(b.version(), a.version())
                            : a.code().compareTo(b.code()))
                    .toList();
        });
    }

    public Optional<Draft> draft(String code) {
        return db.read(c -> Sql.queryOne(c, "SELECT template_json, based_on, source_name, updated_by, updated_at"
                        + " FROM checklist_template_drafts WHERE code = ?",
                rs -> new Draft(TemplateJson.readTemplate(rs.getString(1)), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5)), code));
    }

    public void saveDraft(ChecklistTemplate template, int basedOn, String sourceName, String user, long now) {
        String json = TemplateJson.write(template);
        db.write(c -> {
            Sql.update(c, "DELETE FROM checklist_template_drafts WHERE code = ?", template.code());
            Sql.update(c, "INSERT INTO checklist_template_drafts (code, based_on, template_json, source_name, updated_by,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?)", template.code(), basedOn, json, sourceName, user, now);
            return null;
        });
    }

    public void discardDraft(String code) {
        db.write(c -> Sql.update(c, "DELETE FROM checklist_template_drafts WHERE code = ?", code));
    }

    /**
     * Publishes the draft of {@code code} as the next version (one more than the newest) and removes the draft.
     *
     * @return the published template
     * @throws IllegalStateException when there is no draft
     * @throws IllegalArgumentException when the draft refers to codes the vocabulary lacks
     */
    public ChecklistTemplate publish(String code, String user, long now) {
        return db.write(c -> {
            Draft draft = Sql.queryOne(c, "SELECT template_json, based_on, source_name, updated_by, updated_at"
                            + " FROM checklist_template_drafts WHERE code = ?",
                    rs -> new Draft(TemplateJson.readTemplate(rs.getString(1)), rs.getInt(2), rs.getString(3),
                            rs.getString(4), rs.getLong(5)), code)
                    .orElseThrow(() -> new IllegalStateException("there is no draft of " + code + " to publish"));
            ChecklistCatalog catalog = catalog(c);
            int next = catalog.latest(code).map(ChecklistTemplate::version).orElse(0) + 1;
            ChecklistTemplate t = draft.template();
            ChecklistTemplate published = new ChecklistTemplate(t.code(), next, t.nameZh(), t.nameEn(), t.seedForm(),
                    t.rooms());
            catalog.with(published);
            Sql.update(c, "INSERT INTO checklist_templates (code, version, template_json, published_by, published_at)"
                    + " VALUES (?, ?, ?, ?, ?)", code, next, TemplateJson.write(published), user, now);
            Sql.update(c, "DELETE FROM checklist_template_drafts WHERE code = ?", code);
            return published;
        });
    }
}
