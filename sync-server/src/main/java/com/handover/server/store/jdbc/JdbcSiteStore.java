package com.handover.server.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.handover.model.DeliveryStandard;
import com.handover.model.checklist.PeriodUnit;
import com.handover.model.checklist.WarrantyPeriod;
import com.handover.model.json.ModelJson;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.warranty.ProjectWarrantySettings;
import com.handover.model.warranty.SeasonCounting;
import com.handover.model.warranty.SeasonWindow;
import com.handover.server.store.SiteStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public final class JdbcSiteStore implements SiteStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String UNIT_COLUMNS =
            "id, project_id, building_id, number, floor, delivery_standard, unit_type_id, owner_name, owner_phone";

    @Override
    public void insertProject(Connection c, Project p) throws SQLException {
        Sql.update(c, "INSERT INTO projects (id, code, name, city, completion_acceptance, design_service_life_years)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", p.id(), p.code(), p.name(), p.city(),
                p.completionAcceptance().toString(), p.designServiceLifeYears());
    }

    @Override
    public void insertBuilding(Connection c, Building b) throws SQLException {
        Sql.update(c, "INSERT INTO buildings (id, project_id, name, floors) VALUES (?, ?, ?, ?)",
                b.id(), b.projectId(), b.name(), b.floors());
    }

    @Override
    public void insertUnitType(Connection c, UnitType t) throws SQLException {
        Sql.update(c, "INSERT INTO unit_types (id, project_id, code, name, rooms, floor_plan_sha256) VALUES (?, ?, ?, ?, ?, ?)",
                t.id(), t.projectId(), t.code(), t.name(), json(t.rooms()), t.floorPlanSha256());
    }

    @Override
    public void insertUnits(Connection c, Collection<Unit> units) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO units (" + UNIT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Unit u : units) {
                Sql.bind(ps, u.id(), u.projectId(), u.buildingId(), u.number(), u.floor(), u.deliveryStandard(),
                        u.unitTypeId(), u.ownerName(), u.ownerPhone());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void insertContractor(Connection c, Contractor k) throws SQLException {
        Sql.update(c, "INSERT INTO contractors (id, name, trades, repair_phone, responsible_person, warranty_deposit_fen)"
                + " VALUES (?, ?, ?, ?, ?, ?)", k.id(), k.name(), json(k.trades()), k.repairPhone(),
                k.responsiblePerson(), k.warrantyDepositFen());
    }

    @Override
    public void saveProject(Connection c, Project p) throws SQLException {
        Sql.update(c, "INSERT INTO projects (id, code, name, city, completion_acceptance, design_service_life_years)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, city = excluded.city,"
                + " completion_acceptance = excluded.completion_acceptance,"
                + " design_service_life_years = excluded.design_service_life_years", p.id(), p.code(), p.name(),
                p.city(), p.completionAcceptance().toString(), p.designServiceLifeYears());
    }

    @Override
    public void saveBuildings(Connection c, List<BuildingSetup> buildings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO buildings (id, project_id, name, floors,"
                + " completion_acceptance) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                + " floors = excluded.floors, completion_acceptance = excluded.completion_acceptance")) {
            for (BuildingSetup s : buildings) {
                Building b = s.building();
                Sql.bind(ps, b.id(), b.projectId(), b.name(), b.floors(), text(s.completionAcceptance()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void saveUnitTypes(Connection c, List<UnitTypeSetup> types) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit_types (id, project_id, code, name, rooms,"
                + " delivery_standard) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                + " rooms = excluded.rooms, delivery_standard = excluded.delivery_standard")) {
            for (UnitTypeSetup s : types) {
                UnitType t = s.type();
                Sql.bind(ps, t.id(), t.projectId(), t.code(), t.name(), json(t.rooms()), s.standard());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void saveUnits(Connection c, List<Unit> units, List<UnitSetup> details) throws SQLException {
        Map<UUID, UnitSetup> byUnit = new HashMap<>();
        details.forEach(d -> byUnit.put(d.unitId(), d));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO units (" + UNIT_COLUMNS + ", area_m2,"
                + " planned_handover) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                + " number = excluded.number, floor = excluded.floor, delivery_standard = excluded.delivery_standard,"
                + " unit_type_id = excluded.unit_type_id, owner_name = excluded.owner_name,"
                + " owner_phone = excluded.owner_phone, area_m2 = excluded.area_m2,"
                + " planned_handover = excluded.planned_handover")) {
            for (Unit u : units) {
                UnitSetup d = byUnit.get(u.id());
                Sql.bind(ps, u.id(), u.projectId(), u.buildingId(), u.number(), u.floor(), u.deliveryStandard(),
                        u.unitTypeId(), u.ownerName(), u.ownerPhone(),
                        d == null || d.areaM2() == null ? null : d.areaM2().toPlainString(),
                        d == null ? null : text(d.plannedHandover()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void saveContractors(Connection c, List<Contractor> contractors) throws SQLException {
        for (Contractor k : contractors) {
            Sql.update(c, "INSERT INTO contractors (id, name, trades, repair_phone, responsible_person,"
                    + " warranty_deposit_fen) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                    + " trades = excluded.trades, repair_phone = excluded.repair_phone,"
                    + " responsible_person = excluded.responsible_person,"
                    + " warranty_deposit_fen = excluded.warranty_deposit_fen", k.id(), k.name(), json(k.trades()),
                    k.repairPhone(), k.responsiblePerson(), k.warrantyDepositFen());
        }
    }

    @Override
    public void saveResponsibilities(Connection c, Collection<UUID> buildingIds, List<Responsibility> responsibilities)
            throws SQLException {
        for (List<UUID> chunk : Sql.chunks(buildingIds)) {
            Sql.update(c, "DELETE FROM contractor_responsibilities WHERE building_id IN ("
                    + Sql.placeholders(chunk.size()) + ")", chunk.toArray());
        }
        for (Responsibility r : responsibilities) {
            Sql.update(c, "INSERT INTO contractor_responsibilities (building_id, trade, contractor_id) VALUES (?, ?, ?)",
                    r.buildingId(), r.trade(), r.contractorId());
        }
    }

    @Override
    public List<Responsibility> responsibilities(Connection c, UUID projectId) throws SQLException {
        return Sql.query(c, "SELECT r.building_id, r.trade, r.contractor_id FROM contractor_responsibilities r"
                + " JOIN buildings b ON b.id = r.building_id WHERE b.project_id = ? ORDER BY b.name, r.trade",
                rs -> new Responsibility(Sql.uuid(rs, "building_id"), rs.getString(2), Sql.uuid(rs, "contractor_id")),
                projectId);
    }

    @Override
    public List<BuildingSetup> buildingSetups(Connection c, UUID projectId) throws SQLException {
        return Sql.query(c, "SELECT id, project_id, name, floors, completion_acceptance FROM buildings"
                + " WHERE project_id = ? ORDER BY name", rs -> new BuildingSetup(new Building(Sql.uuid(rs, "id"),
                Sql.uuid(rs, "project_id"), rs.getString(3), rs.getInt(4)), day(rs.getString(5))), projectId);
    }

    @Override
    public Map<UUID, UnitSetup> unitSetups(Connection c, UUID projectId) throws SQLException {
        Map<UUID, UnitSetup> out = new HashMap<>();
        for (UnitSetup s : Sql.query(c, "SELECT id, area_m2, planned_handover FROM units WHERE project_id = ?",
                rs -> new UnitSetup(Sql.uuid(rs, "id"), rs.getString(2) == null ? null : new BigDecimal(rs.getString(2)),
                        day(rs.getString(3))), projectId)) {
            out.put(s.unitId(), s);
        }
        return out;
    }

    @Override
    public void setDeemedHandover(Connection c, UUID unitId, LocalDate notifiedDate, String recordedBy)
            throws SQLException {
        Sql.update(c, "UPDATE units SET deemed_handover = ?, deemed_recorded_by = ? WHERE id = ?",
                text(notifiedDate), notifiedDate == null ? null : recordedBy, unitId);
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @Override
    public void assignProject(Connection c, String username, UUID projectId) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM project_assignments WHERE username = ? AND project_id = ?",
                username, projectId) == 0) {
            Sql.update(c, "INSERT INTO project_assignments (username, project_id) VALUES (?, ?)", username, projectId);
        }
    }

    @Override
    public boolean projectExists(Connection c, UUID projectId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM projects WHERE id = ?", projectId) > 0;
    }

    @Override
    public List<Project> projects(Connection c) throws SQLException {
        return Sql.query(c, "SELECT id, code, name, city, completion_acceptance, design_service_life_years FROM projects"
                + " ORDER BY code", JdbcSiteStore::project);
    }

    @Override
    public Optional<Project> project(Connection c, UUID projectId) throws SQLException {
        return Sql.queryOne(c, "SELECT id, code, name, city, completion_acceptance, design_service_life_years"
                + " FROM projects WHERE id = ?", JdbcSiteStore::project, projectId);
    }

    @Override
    public List<UUID> assignedProjects(Connection c, String username) throws SQLException {
        return Sql.query(c, "SELECT project_id FROM project_assignments WHERE username = ? ORDER BY project_id",
                rs -> UUID.fromString(rs.getString(1)), username);
    }

    @Override
    public void assignBuilding(Connection c, String username, UUID buildingId) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM building_assignments WHERE username = ? AND building_id = ?",
                username, buildingId) == 0) {
            Sql.update(c, "INSERT INTO building_assignments (username, building_id) VALUES (?, ?)", username,
                    buildingId);
        }
    }

    @Override
    public void unassignBuilding(Connection c, String username, UUID buildingId) throws SQLException {
        Sql.update(c, "DELETE FROM building_assignments WHERE username = ? AND building_id = ?", username, buildingId);
    }

    @Override
    public List<UUID> assignedBuildings(Connection c, String username) throws SQLException {
        return Sql.query(c, "SELECT building_id FROM building_assignments WHERE username = ? ORDER BY building_id",
                rs -> UUID.fromString(rs.getString(1)), username);
    }

    @Override
    public Set<UUID> unitsOfAssignedBuildings(Connection c, String username) throws SQLException {
        return new HashSet<>(Sql.query(c, "SELECT u.id FROM units u JOIN building_assignments a"
                + " ON a.building_id = u.building_id WHERE a.username = ?", rs -> UUID.fromString(rs.getString(1)),
                username));
    }

    @Override
    public Set<UUID> assignedBuildingUnitsAmong(Connection c, String username, Collection<UUID> units)
            throws SQLException {
        Set<UUID> out = new HashSet<>();
        for (List<UUID> chunk : Sql.chunks(units)) {
            List<Object> params = new ArrayList<>(chunk.size() + 1);
            params.add(username);
            params.addAll(chunk);
            out.addAll(Sql.query(c, "SELECT u.id FROM units u JOIN building_assignments a ON a.building_id ="
                    + " u.building_id WHERE a.username = ? AND u.id IN (" + Sql.placeholders(chunk.size()) + ")",
                    rs -> UUID.fromString(rs.getString(1)), params.toArray()));
        }
        return out;
    }

    @Override
    public Optional<UUID> projectOfBuilding(Connection c, UUID buildingId) throws SQLException {
        return Sql.queryOne(c, "SELECT project_id FROM buildings WHERE id = ?", rs -> UUID.fromString(rs.getString(1)),
                buildingId);
    }

    @Override
    public List<Building> buildings(Connection c, UUID projectId) throws SQLException {
        return Sql.query(c, "SELECT id, project_id, name, floors FROM buildings WHERE project_id = ? ORDER BY name",
                rs -> new Building(Sql.uuid(rs, "id"), Sql.uuid(rs, "project_id"), rs.getString(3), rs.getInt(4)),
                projectId);
    }

    @Override
    public List<UnitType> unitTypes(Connection c, UUID projectId) throws SQLException {
        return Sql.query(c, "SELECT id, project_id, code, name, rooms, floor_plan_sha256 FROM unit_types"
                        + " WHERE project_id = ? ORDER BY code",
                rs -> new UnitType(Sql.uuid(rs, "id"), Sql.uuid(rs, "project_id"), rs.getString(3), rs.getString(4),
                        strings(rs.getString(5)), rs.getString(6)), projectId);
    }

    @Override
    public Map<UUID, DeliveryStandard> unitTypeStandards(Connection c, UUID projectId) throws SQLException {
        Map<UUID, DeliveryStandard> out = new HashMap<>();
        for (String[] row : Sql.query(c, "SELECT id, delivery_standard FROM unit_types WHERE project_id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, projectId)) {
            if (row[1] != null) {
                out.put(UUID.fromString(row[0]), DeliveryStandard.valueOf(row[1]));
            }
        }
        return out;
    }

    @Override
    public List<Unit> units(Connection c, UUID projectId) throws SQLException {
        return Sql.query(c, "SELECT " + UNIT_COLUMNS + " FROM units WHERE project_id = ? ORDER BY building_id, floor, number",
                JdbcSiteStore::unit, projectId);
    }

    @Override
    public List<Unit> unitsByIds(Connection c, Collection<UUID> ids) throws SQLException {
        List<Unit> out = new ArrayList<>();
        for (List<UUID> chunk : Sql.chunks(ids)) {
            out.addAll(Sql.query(c, "SELECT " + UNIT_COLUMNS + " FROM units WHERE id IN (" + Sql.placeholders(chunk.size())
                    + ")", JdbcSiteStore::unit, chunk.toArray()));
        }
        return out;
    }

    @Override
    public List<Contractor> contractors(Connection c) throws SQLException {
        return Sql.query(c, "SELECT id, name, trades, repair_phone, responsible_person, warranty_deposit_fen"
                + " FROM contractors ORDER BY name", rs -> new Contractor(Sql.uuid(rs, "id"), rs.getString(2),
                strings(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6)));
    }

    @Override
    public Map<UUID, UnitLocation> locateUnits(Connection c, Collection<UUID> unitIds) throws SQLException {
        Map<UUID, UnitLocation> out = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(unitIds)) {
            for (UnitLocation l : Sql.query(c, "SELECT id, project_id FROM units WHERE id IN ("
                    + Sql.placeholders(chunk.size()) + ")", rs -> new UnitLocation(Sql.uuid(rs, "id"),
                    Sql.uuid(rs, "project_id")), chunk.toArray())) {
                out.put(l.unitId(), l);
            }
        }
        return out;
    }

    @Override
    public ProjectWarrantySettings warrantySettings(Connection c, UUID projectId) throws SQLException {
        Map<String, WarrantyPeriod> periods = new HashMap<>();
        for (var e : Sql.query(c, "SELECT category, unit, amount FROM project_warranty_periods WHERE project_id = ?",
                rs -> Map.entry(rs.getString(1), new WarrantyPeriod(PeriodUnit.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : rs.getInt(3))), projectId)) {
            periods.put(e.getKey(), e.getValue());
        }
        ProjectSeasons seasons = Sql.queryOne(c, "SELECT heating_start, heating_end, cooling_start, cooling_end"
                + " FROM project_seasons WHERE project_id = ?", rs -> new ProjectSeasons(
                        season(rs.getString(1), rs.getString(2)), season(rs.getString(3), rs.getString(4))), projectId)
                .orElse(ProjectSeasons.OF_THE_CITY);
        return new ProjectWarrantySettings(projectId, periods, seasons.heating(), seasons.cooling(),
                SeasonCounting.COMPLETE_SEASONS_ONLY);
    }

    @Override
    public void saveSeasons(Connection c, UUID projectId, ProjectSeasons seasons) throws SQLException {
        Sql.update(c, "DELETE FROM project_seasons WHERE project_id = ?", projectId);
        if (seasons.heating() != null || seasons.cooling() != null) {
            Sql.update(c, "INSERT INTO project_seasons (project_id, heating_start, heating_end, cooling_start,"
                    + " cooling_end) VALUES (?, ?, ?, ?, ?)", projectId, day(seasons.heating(), true),
                    day(seasons.heating(), false), day(seasons.cooling(), true), day(seasons.cooling(), false));
        }
    }

    /** A season's day as stored: --MM-DD, the ISO form of a month and day. */
    private static String day(SeasonWindow w, boolean start) {
        return w == null ? null : (start ? w.start() : w.end()).toString();
    }

    private static SeasonWindow season(String start, String end) {
        return start == null || end == null ? null : new SeasonWindow(MonthDay.parse(start), MonthDay.parse(end));
    }

    @Override
    public void saveWarrantyPeriods(Connection c, UUID projectId, Map<String, WarrantyPeriod> periods)
            throws SQLException {
        Sql.update(c, "DELETE FROM project_warranty_periods WHERE project_id = ?", projectId);
        for (var e : periods.entrySet()) {
            Sql.update(c, "INSERT INTO project_warranty_periods (project_id, category, unit, amount) VALUES (?, ?, ?, ?)",
                    projectId, e.getKey(), e.getValue().unit().name(), e.getValue().amount());
        }
    }

    private static Project project(ResultSet rs) throws SQLException {
        return new Project(Sql.uuid(rs, "id"), rs.getString(2), rs.getString(3), rs.getString(4),
                LocalDate.parse(rs.getString(5)), rs.getInt(6));
    }

    private static Unit unit(ResultSet rs) throws SQLException {
        return new Unit(Sql.uuid(rs, "id"), Sql.uuid(rs, "project_id"), Sql.uuid(rs, "building_id"), rs.getString(4),
                rs.getInt(5), DeliveryStandard.valueOf(rs.getString(6)), Sql.uuid(rs, "unit_type_id"), rs.getString(8),
                rs.getString(9));
    }

    private static String json(List<String> values) {
        try {
            return ModelJson.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) throws SQLException {
        try {
            return ModelJson.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored list is not JSON", e);
        }
    }

    @Override
    public Optional<UUID> projectOfUnitType(Connection c, UUID unitTypeId) throws SQLException {
        return Sql.queryOne(c, "SELECT project_id FROM unit_types WHERE id = ?",
                rs -> UUID.fromString(rs.getString(1)), unitTypeId);
    }

    @Override
    public Optional<String> floorPlan(Connection c, UUID unitTypeId) throws SQLException {
        // A unit type without a plan has a NULL column: read it as "no plan", not as a value.
        return Sql.queryOne(c, "SELECT floor_plan_sha256 FROM unit_types WHERE id = ?",
                rs -> Optional.ofNullable(rs.getString(1)), unitTypeId).flatMap(v -> v);
    }

    @Override
    public void setFloorPlan(Connection c, UUID unitTypeId, String sha256) throws SQLException {
        Sql.update(c, "UPDATE unit_types SET floor_plan_sha256 = ? WHERE id = ?", sha256, unitTypeId);
    }
}
