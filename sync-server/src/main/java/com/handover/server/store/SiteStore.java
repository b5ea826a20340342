package com.handover.server.store;

import com.handover.model.checklist.WarrantyPeriod;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.ResponsibleContractor;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.warranty.ProjectWarrantySettings;
import com.handover.model.warranty.SeasonWindow;
import com.handover.model.DeliveryStandard;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reference data: projects with their buildings, unit types and units; contractors; who inspects which project. */
public interface SiteStore {

    /** Where a unit is: enough to decide scope. */
    record UnitLocation(UUID unitId, UUID projectId) {
    }

    /**
     * A project's own heating (采暖期) and cooling (供冷期) seasons; null: the heating season of its city's
     * calendar and the default cooling season.
     */
    record ProjectSeasons(SeasonWindow heating, SeasonWindow cooling) {
        public static final ProjectSeasons OF_THE_CITY = new ProjectSeasons(null, null);
    }

    /** A building with its 竣工验收 date (null where not known). */
    record BuildingSetup(Building building, LocalDate completionAcceptance) {
    }

    /** A unit type with the delivery standard of its units. */
    record UnitTypeSetup(UnitType type, DeliveryStandard standard) {
    }

    /** What the office knows of a unit beyond its reference record; nulls where not given. */
    record UnitSetup(UUID unitId, BigDecimal areaM2, LocalDate plannedHandover) {
    }

    /** Which contractor (施工单位) answers for a trade in a building. */
    record Responsibility(UUID buildingId, String trade, UUID contractorId) {
    }

    void insertProject(Connection c, Project p) throws SQLException;

    /** Inserts or updates by id (a project import). */
    void saveProject(Connection c, Project p) throws SQLException;

    void saveBuildings(Connection c, List<BuildingSetup> buildings) throws SQLException;

    void saveUnitTypes(Connection c, List<UnitTypeSetup> types) throws SQLException;

    /** Inserts or updates units and their details by id, in batches; a unit's 视同交付 is kept. */
    void saveUnits(Connection c, List<Unit> units, List<UnitSetup> details) throws SQLException;

    void saveContractors(Connection c, List<Contractor> contractors) throws SQLException;

    /** Replaces the responsibilities of the given buildings. */
    void saveResponsibilities(Connection c, Collection<UUID> buildingIds, List<Responsibility> responsibilities)
            throws SQLException;

    List<Responsibility> responsibilities(Connection c, UUID projectId) throws SQLException;

    /** The same records, in the shared model's terms, for {@link ResponsibleContractor#of}. */
    default List<ResponsibleContractor.Assignment> assignments(Connection c, UUID projectId) throws SQLException {
        return responsibilities(c, projectId).stream()
                .map(r -> new ResponsibleContractor.Assignment(r.buildingId(), r.trade(), r.contractorId())).toList();
    }

    List<BuildingSetup> buildingSetups(Connection c, UUID projectId) throws SQLException;

    Map<UUID, UnitSetup> unitSetups(Connection c, UUID projectId) throws SQLException;

    /** Records or clears (null) 视同交付 from the notified date. */
    void setDeemedHandover(Connection c, UUID unitId, LocalDate notifiedDate, String recordedBy) throws SQLException;

    void insertBuilding(Connection c, Building b) throws SQLException;

    void insertUnitType(Connection c, UnitType t) throws SQLException;

    /** Inserts many units in one batch. */
    void insertUnits(Connection c, Collection<Unit> units) throws SQLException;

    void insertContractor(Connection c, Contractor contractor) throws SQLException;

    void assignProject(Connection c, String username, UUID projectId) throws SQLException;

    boolean projectExists(Connection c, UUID projectId) throws SQLException;

    List<Project> projects(Connection c) throws SQLException;

    /** The projects assigned to the account whole. */
    List<UUID> assignedProjects(Connection c, String username) throws SQLException;

    /** Assigns one building of a project to the account (the account then works on it, not on the whole project). */
    void assignBuilding(Connection c, String username, UUID buildingId) throws SQLException;

    void unassignBuilding(Connection c, String username, UUID buildingId) throws SQLException;

    /** The buildings assigned to the account one by one. */
    List<UUID> assignedBuildings(Connection c, String username) throws SQLException;

    /** The units of the buildings assigned to the account one by one. */
    Set<UUID> unitsOfAssignedBuildings(Connection c, String username) throws SQLException;

    /** Those of {@code units} that lie in the buildings assigned to the account one by one. */
    Set<UUID> assignedBuildingUnitsAmong(Connection c, String username, Collection<UUID> units) throws SQLException;

    /** The project a building belongs to, if the building exists. */
    Optional<UUID> projectOfBuilding(Connection c, UUID buildingId) throws SQLException;

    List<Building> buildings(Connection c, UUID projectId) throws SQLException;

    List<UnitType> unitTypes(Connection c, UUID projectId) throws SQLException;

    /** The template (FINISHED or BARE_SHELL) of each 户型 of the project that has one. */
    Map<UUID, DeliveryStandard> unitTypeStandards(Connection c, UUID projectId) throws SQLException;

    /** The project a unit type belongs to; empty for an unknown unit type. */
    Optional<UUID> projectOfUnitType(Connection c, UUID unitTypeId) throws SQLException;

    /** The hash of a unit type's floor plan; empty when it has none. */
    Optional<String> floorPlan(Connection c, UUID unitTypeId) throws SQLException;

    void setFloorPlan(Connection c, UUID unitTypeId, String sha256) throws SQLException;

    List<Unit> units(Connection c, UUID projectId) throws SQLException;

    List<Unit> unitsByIds(Connection c, Collection<UUID> ids) throws SQLException;

    List<Contractor> contractors(Connection c) throws SQLException;

    Map<UUID, UnitLocation> locateUnits(Connection c, Collection<UUID> unitIds) throws SQLException;

    Optional<Project> project(Connection c, UUID projectId) throws SQLException;

    /**
     * The project's own warranty facts: the periods agreed in its 质量保修书, and its seasons where it set them
     * (otherwise its city's heating season and the default cooling season).
     */
    ProjectWarrantySettings warrantySettings(Connection c, UUID projectId) throws SQLException;

    /** Replaces the project's agreed periods. */
    void saveWarrantyPeriods(Connection c, UUID projectId, Map<String, WarrantyPeriod> periods) throws SQLException;

    /** Replaces the project's own seasons. */
    void saveSeasons(Connection c, UUID projectId, ProjectSeasons seasons) throws SQLException;
}
