package com.handover.server.office.query;

import com.handover.model.site.Building;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Projects, their buildings, and each unit's handover status for the building grid. */
public final class ProjectQueries {

    public record ProjectRow(Project project, int buildings, int units, Map<UnitStatus, Integer> byStatus,
                             int openDefects, int openWorkOrders) {
        public int count(UnitStatus s) {
            return byStatus.getOrDefault(s, 0);
        }
    }

    public record BuildingRow(Building building, int units, Map<UnitStatus, Integer> byStatus, int openDefects) {
        public int count(UnitStatus s) {
            return byStatus.getOrDefault(s, 0);
        }
    }

    public record UnitCell(Unit unit, UnitStatus status, int openDefects) {
    }

    /** Units by floor (top floor first), each floor's units in number order. */
    public record Grid(Building building, Project project, List<Integer> floors, Map<Integer, List<UnitCell>> byFloor,
                       int columns, Map<UnitStatus, Integer> byStatus) {
        public int count(UnitStatus s) {
            return byStatus.getOrDefault(s, 0);
        }
    }

    private final SiteQueries sites;

    public ProjectQueries(SiteQueries sites) {
        this.sites = sites;
    }

    public List<ProjectRow> projects(Connection c) throws SQLException {
        List<ProjectRow> out = new ArrayList<>();
        for (Project p : sites.store().projects(c)) {
            Map<UUID, UnitStatus> statuses = statuses(c, "project_id", p.id());
            int buildings = (int) Sql.count(c, "SELECT COUNT(*) FROM buildings WHERE project_id = ?", p.id());
            int openDefects = (int) Sql.count(c, "SELECT COUNT(*) FROM defects WHERE project_id = ?"
                    + " AND status NOT IN ('CLOSED', 'VOID')", p.id());
            int openOrders = (int) Sql.count(c, "SELECT COUNT(*) FROM work_orders WHERE project_id = ?"
                    + " AND status NOT IN ('CONFIRMED', 'SETTLED', 'VOID')", p.id());
            out.add(new ProjectRow(p, buildings, statuses.size(), tally(statuses.values()), openDefects, openOrders));
        }
        out.sort(Comparator.comparing(r -> r.project().code()));
        return out;
    }

    public List<BuildingRow> buildings(Connection c, UUID projectId) throws SQLException {
        Map<UUID, UnitStatus> statuses = statuses(c, "project_id", projectId);
        Map<UUID, UUID> buildingOf = new HashMap<>();
        Sql.query(c, "SELECT id, building_id FROM units WHERE project_id = ?", rs -> Map.entry(Sql.uuid(rs, "id"),
                Sql.uuid(rs, "building_id")), projectId).forEach(e -> buildingOf.put(e.getKey(), e.getValue()));
        Map<UUID, Integer> defects = new HashMap<>();
        Sql.query(c, "SELECT u.building_id, COUNT(*) FROM defects d JOIN units u ON u.id = d.unit_id"
                + " WHERE d.project_id = ? AND d.status NOT IN ('CLOSED', 'VOID') GROUP BY u.building_id",
                rs -> Map.entry(Sql.uuid(rs, "building_id"), rs.getInt(2)), projectId)
                .forEach(e -> defects.put(e.getKey(), e.getValue()));
        List<BuildingRow> out = new ArrayList<>();
        for (Building b : sites.store().buildings(c, projectId)) {
            List<UnitStatus> mine = new ArrayList<>();
            statuses.forEach((unit, s) -> {
                if (b.id().equals(buildingOf.get(unit))) {
                    mine.add(s);
                }
            });
            out.add(new BuildingRow(b, mine.size(), tally(mine), defects.getOrDefault(b.id(), 0)));
        }
        out.sort(Comparator.comparing(r -> r.building().name()));
        return out;
    }

    public Optional<Grid> grid(Connection c, UUID buildingId) throws SQLException {
        var building = sites.building(c, buildingId);
        if (building.isEmpty()) {
            return Optional.empty();
        }
        Project project = sites.store().project(c, building.get().projectId()).orElseThrow();
        List<Unit> units = sites.unitsOfBuilding(c, buildingId);
        Map<UUID, UnitStatus> statuses = statuses(c, "building_id", buildingId);
        Map<UUID, Integer> defects = openDefectsByUnit(c, buildingId);
        Map<Integer, List<UnitCell>> byFloor = new TreeMap<>(Comparator.reverseOrder());
        for (Unit u : units) {
            byFloor.computeIfAbsent(u.floor(), f -> new ArrayList<>()).add(new UnitCell(u,
                    statuses.getOrDefault(u.id(), UnitStatus.NOT_INSPECTED), defects.getOrDefault(u.id(), 0)));
        }
        int columns = 0;
        for (List<UnitCell> floor : byFloor.values()) {
            floor.sort(Comparator.comparing(cell -> cell.unit().number()));
            columns = Math.max(columns, floor.size());
        }
        return Optional.of(new Grid(building.get(), project, new ArrayList<>(byFloor.keySet()), byFloor,
                columns, tally(statuses.values())));
    }

    private static Map<UUID, Integer> openDefectsByUnit(Connection c, UUID buildingId) throws SQLException {
        Map<UUID, Integer> out = new HashMap<>();
        Sql.query(c, "SELECT d.unit_id, COUNT(*) FROM defects d JOIN units u ON u.id = d.unit_id WHERE u.building_id = ?"
                + " AND d.status NOT IN ('CLOSED', 'VOID') GROUP BY d.unit_id",
                rs -> Map.entry(Sql.uuid(rs, "unit_id"), rs.getInt(2)), buildingId)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The status of every unit in a project or a building ({@code column} is units.project_id or units.building_id). */
    private static Map<UUID, UnitStatus> statuses(Connection c, String column, UUID id) throws SQLException {
        if (!column.equals("project_id") && !column.equals("building_id")) {
            throw new IllegalArgumentException(column);
        }
        String units = "SELECT id FROM units WHERE " + column + " = ?";
        record Insp(UUID unit, String status, String decision, String startedHlc) {
        }
        Map<UUID, Insp> latest = new HashMap<>();
        Map<UUID, Boolean> handedOver = new HashMap<>();
        for (Insp i : Sql.query(c, "SELECT unit_id, status, decision, started_hlc FROM inspections WHERE unit_id IN ("
                + units + ")", rs -> new Insp(Sql.uuid(rs, "unit_id"), rs.getString(2), rs.getString(3),
                rs.getString(4)), id)) {
            Insp best = latest.get(i.unit());
            if (best == null || i.startedHlc().compareTo(best.startedHlc()) > 0) {
                latest.put(i.unit(), i);
            }
            if ("SIGNED".equals(i.status()) && ("ACCEPT".equals(i.decision()) || "ACCEPT_WITH_DEFECTS".equals(i.decision()))) {
                handedOver.put(i.unit(), true);
            }
        }
        Map<UUID, Integer> defects = new HashMap<>();
        Sql.query(c, "SELECT unit_id, COUNT(*) FROM defects WHERE status NOT IN ('CLOSED', 'VOID') AND unit_id IN ("
                + units + ") GROUP BY unit_id", rs -> Map.entry(Sql.uuid(rs, "unit_id"), rs.getInt(2)), id)
                .forEach(e -> defects.put(e.getKey(), e.getValue()));
        Map<UUID, UnitStatus> out = new HashMap<>();
        for (UUID unit : Sql.query(c, units, rs -> Sql.uuid(rs, "id"), id)) {
            Insp l = latest.get(unit);
            out.put(unit, UnitStatus.of(handedOver.getOrDefault(unit, false), defects.getOrDefault(unit, 0),
                    l == null ? null : l.status(), l == null ? null : l.decision()));
        }
        return out;
    }

    private static Map<UnitStatus, Integer> tally(Collection<UnitStatus> statuses) {
        Map<UnitStatus, Integer> out = new EnumMap<>(UnitStatus.class);
        statuses.forEach(s -> out.merge(s, 1, Integer::sum));
        return out;
    }
}
