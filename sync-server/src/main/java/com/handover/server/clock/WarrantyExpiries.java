package com.handover.server.clock;

import com.handover.model.site.Project;
import com.handover.model.warranty.ProjectWarrantySettings;
import com.handover.model.warranty.WarrantyCalculator;
import com.handover.model.warranty.WarrantyRules;
import com.handover.model.warranty.WarrantyTerm;
import com.handover.server.store.SiteStore;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps {@code unit_warranty} equal to each handed-over unit's warranty per category (com.handover.model.warranty),
 * so that "what expires in the next 30 days" is one indexed query. A unit is recomputed when its handover date
 * is new or changed; the rest is left as it is.
 */
public final class WarrantyExpiries {

    private final WarrantyCalculator calculator;
    private final HandoverDates handovers;
    private final SiteStore sites;

    public WarrantyExpiries(WarrantyRules rules, HandoverDates handovers, SiteStore sites) {
        this.calculator = new WarrantyCalculator(rules);
        this.handovers = handovers;
        this.sites = sites;
    }

    /** One unit's warranty per category, computed now (not read from the table). */
    public List<WarrantyTerm> terms(Project project, ProjectWarrantySettings settings, LocalDate handover) {
        return calculator.terms(project, settings, handover);
    }

    /** One unit's warranty per category under its project's stored settings, computed now. */
    public List<WarrantyTerm> terms(Connection c, Project project, LocalDate handover) throws SQLException {
        return terms(project, sites.warrantySettings(c, project.id()), handover);
    }

    /** Brings the table up to date; returns how many units were (re)computed. */
    public int refresh(Connection c, long now) throws SQLException {
        Map<UUID, HandoverDates.Handover> current = handovers.all(c);
        Map<UUID, String> stored = new HashMap<>();
        for (var row : Sql.query(c, "SELECT unit_id, MIN(handover_date) FROM unit_warranty GROUP BY unit_id",
                rs -> Map.entry(Sql.uuid(rs, "unit_id"), rs.getString(2)))) {
            stored.put(row.getKey(), row.getValue());
        }
        List<HandoverDates.Handover> changed = current.values().stream()
                .filter(h -> !Objects.equals(stored.get(h.unitId()), h.date().toString())).toList();
        List<UUID> gone = stored.keySet().stream().filter(u -> !current.containsKey(u)).toList();
        for (List<UUID> chunk : Sql.chunks(gone)) {
            Sql.update(c, "DELETE FROM unit_warranty WHERE unit_id IN (" + Sql.placeholders(chunk.size()) + ")",
                    chunk.toArray());
        }
        if (changed.isEmpty()) {
            return 0;
        }
        Map<UUID, Project> projects = new HashMap<>();
        sites.projects(c).forEach(p -> projects.put(p.id(), p));
        Map<UUID, ProjectWarrantySettings> settingsByProject = new HashMap<>();
        Map<UUID, LocalDate> acceptedOn = buildingAcceptance(c, changed);
        for (List<HandoverDates.Handover> chunk : Sql.chunks(changed)) {
            Sql.update(c, "DELETE FROM unit_warranty WHERE unit_id IN (" + Sql.placeholders(chunk.size()) + ")",
                    chunk.stream().map(HandoverDates.Handover::unitId).toArray());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit_warranty (unit_id, project_id, category,"
                + " handover_date, buyer_expiry, contractor_expiry, decided_by, computed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (HandoverDates.Handover h : changed) {
                Project project = projects.get(h.projectId());
                if (project == null) {
                    continue;
                }
                ProjectWarrantySettings settings = settingsByProject.get(project.id());
                if (settings == null) {
                    settings = sites.warrantySettings(c, project.id());
                    settingsByProject.put(project.id(), settings);
                }
                Project asBuilt = project.forBuilding(acceptedOn.get(h.unitId()));
                for (WarrantyTerm t : terms(asBuilt, settings, h.date())) {
                    Sql.bind(ps, h.unitId(), h.projectId(), t.category(), h.date().toString(), text(t.buyerExpiry()),
                            text(t.contractorExpiry()), t.decidedBy(), now);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        return changed.size();
    }

    /** Each unit's building's own 竣工验收, where the building has one. */
    private Map<UUID, LocalDate> buildingAcceptance(Connection c, List<HandoverDates.Handover> handovers)
            throws SQLException {
        Map<UUID, LocalDate> byBuilding = new HashMap<>();
        for (UUID projectId : handovers.stream().map(HandoverDates.Handover::projectId).distinct().toList()) {
            for (SiteStore.BuildingSetup b : sites.buildingSetups(c, projectId)) {
                if (b.completionAcceptance() != null) {
                    byBuilding.put(b.building().id(), b.completionAcceptance());
                }
            }
        }
        Map<UUID, LocalDate> byUnit = new HashMap<>();
        for (var u : sites.unitsByIds(c, handovers.stream().map(HandoverDates.Handover::unitId).toList())) {
            LocalDate accepted = byBuilding.get(u.buildingId());
            if (accepted != null) {
                byUnit.put(u.id(), accepted);
            }
        }
        return byUnit;
    }

    /** Drops a project's computed terms so the next refresh recomputes them (its agreed periods changed). */
    public void forgetProject(Connection c, UUID projectId) throws SQLException {
        Sql.update(c, "DELETE FROM unit_warranty WHERE project_id = ?", projectId);
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
