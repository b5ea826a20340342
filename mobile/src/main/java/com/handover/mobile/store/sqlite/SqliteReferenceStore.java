package com.handover.mobile.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.store.ReferenceStore;
import com.handover.model.json.ModelJson;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Repairer;
import com.handover.model.site.ResponsibleContractor;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sla.SlaFigures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reference records as JSON rows, one kind per record type. */
public final class SqliteReferenceStore implements ReferenceStore {

    private final SqliteDatabase db;
    private final ObjectMapper mapper = ModelJson.mapper();
    /** The copy in memory: screens read it on every refresh, and it changes only through {@link #replace}. */
    private volatile ReferenceData cached;

    public SqliteReferenceStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void replace(ReferenceData data) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM reference_records")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO reference_records (kind, id, json) VALUES (?, ?, ?)")) {
                addAll(ps, "project", data.projects(), p -> p.id().toString());
                addAll(ps, "building", data.buildings(), b -> b.id().toString());
                addAll(ps, "unitType", data.unitTypes(), t -> t.id().toString());
                addAll(ps, "unit", data.units(), u -> u.id().toString());
                addAll(ps, "contractor", data.contractors(), k -> k.id().toString());
                addAll(ps, "template", data.templates(), t -> t.code() + "@" + t.version());
                addAll(ps, "sla", data.sla() == null ? List.of() : List.of(data.sla()), f -> "in-force");
                addAll(ps, "responsibleContractor", data.responsibleContractors(),
                        a -> a.buildingId() + "/" + a.trade());
                addAll(ps, "repairer", data.repairers(), Repairer::username);
                ps.executeBatch();
            }
            return null;
        });
        cached = data;
    }

    @Override
    public ReferenceData load() {
        ReferenceData data = cached;
        if (data != null) {
            return data;
        }
        data = db.read(c -> new ReferenceData(
                all(c, "project", Project.class), all(c, "building", Building.class),
                all(c, "unitType", UnitType.class), all(c, "unit", Unit.class),
                all(c, "contractor", Contractor.class), all(c, "template", ReferenceData.TemplateRef.class),
                all(c, "sla", SlaFigures.class).stream().findFirst().orElse(null),
                all(c, "responsibleContractor", ResponsibleContractor.Assignment.class),
                all(c, "repairer", Repairer.class)));
        cached = data;
        return data;
    }

    private <T> void addAll(PreparedStatement ps, String kind, List<T> records, Function<T, String> id)
            throws SQLException {
        for (T r : records) {
            ps.setString(1, kind);
            ps.setString(2, id.apply(r));
            try {
                ps.setString(3, mapper.writeValueAsString(r));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a reference record could not be written as JSON", e);
            }
            ps.addBatch();
        }
    }

    private <T> List<T> all(Connection c, String kind, Class<T> type) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT json FROM reference_records WHERE kind = ? ORDER BY rowid")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.add(mapper.readValue(rs.getString(1), type));
                    } catch (JsonProcessingException e) {
                        throw new SQLException("a stored " + kind + " record is not readable", e);
                    }
                }
            }
        }
        return out;
    }
}
