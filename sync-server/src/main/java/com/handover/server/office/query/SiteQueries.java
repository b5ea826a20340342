package com.handover.server.office.query;

import com.handover.model.DeliveryStandard;
import com.handover.model.site.Building;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.server.store.SiteStore;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finds units, buildings and projects by id for the console's pages. */
public final class SiteQueries {

    private final SiteStore sites;

    public SiteQueries(SiteStore sites) {
        this.sites = sites;
    }

    public Optional<Site> site(Connection c, UUID unitId) throws SQLException {
        List<Unit> units = sites.unitsByIds(c, List.of(unitId));
        if (units.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = units.get(0);
        Optional<Project> project = sites.project(c, unit.projectId());
        Optional<Building> building = building(c, unit.buildingId());
        if (project.isEmpty() || building.isEmpty()) {
            return Optional.empty();
        }
        LocalDate accepted = sites.buildingSetups(c, unit.projectId()).stream()
                .filter(b -> b.building().id().equals(unit.buildingId())).findFirst()
                .map(SiteStore.BuildingSetup::completionAcceptance).orElse(null);
        return Optional.of(new Site(project.get().forBuilding(accepted), building.get(), unit));
    }

    public Optional<Building> building(Connection c, UUID buildingId) throws SQLException {
        return Sql.queryOne(c, "SELECT id, project_id, name, floors FROM buildings WHERE id = ?",
                rs -> new Building(Sql.uuid(rs, "id"), Sql.uuid(rs, "project_id"), rs.getString(3), rs.getInt(4)),
                buildingId);
    }

    public List<Unit> unitsOfBuilding(Connection c, UUID buildingId) throws SQLException {
        return Sql.query(c, "SELECT id, project_id, building_id, number, floor, delivery_standard, unit_type_id,"
                + " owner_name, owner_phone FROM units WHERE building_id = ?", rs -> new Unit(Sql.uuid(rs, "id"),
                Sql.uuid(rs, "project_id"), Sql.uuid(rs, "building_id"), rs.getString(4), rs.getInt(5),
                DeliveryStandard.valueOf(rs.getString(6)), Sql.uuid(rs, "unit_type_id"),
                rs.getString(8), rs.getString(9)), buildingId);
    }

    public SiteStore store() {
        return sites;
    }
}
