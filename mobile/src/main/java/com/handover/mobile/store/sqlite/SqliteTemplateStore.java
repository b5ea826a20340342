package com.handover.mobile.store.sqlite;

import com.handover.mobile.store.TemplateStore;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.json.TemplateJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Downloaded template versions as TemplateJson rows, one per code and version. The server's copy is the truth: a
 * version stored again replaces the row (a published version's content never changes).
 */
public final class SqliteTemplateStore implements TemplateStore {

    private final SqliteDatabase db;
    private final Clock clock;

    public SqliteTemplateStore(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void save(ChecklistTemplate template) {
        String json = TemplateJson.write(template);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO checklist_templates"
                    + " (code, version, template_json, received_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (code, version) DO UPDATE SET template_json = excluded.template_json,"
                    + " received_at = excluded.received_at")) {
                ps.setString(1, template.code());
                ps.setInt(2, template.version());
                ps.setString(3, json);
                ps.setString(4, clock.instant().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<ChecklistTemplate> all() {
        return db.read(c -> {
            List<ChecklistTemplate> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, version, template_json FROM checklist_templates ORDER BY code, version");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.add(TemplateJson.readTemplate(rs.getString(3)));
                    } catch (IllegalArgumentException e) {
                        // A copy this app version cannot read counts as not held: sync downloads it again, and
                        // reports it if the server's copy cannot be read either.
                        continue;
                    }
                }
            }
            return out;
        });
    }
}
