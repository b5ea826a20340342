package com.handover.server.reference;

import com.handover.model.Role;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Repairer;
import com.handover.model.site.ResponsibleContractor;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sla.SlaFigures;
import com.handover.model.sla.SlaPolicy;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.PushPermissions;
import com.handover.server.auth.Principal;
import com.handover.server.store.AccountStore;
import com.handover.server.store.Database;
import com.handover.server.store.SiteStore;
import com.handover.server.store.StateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The reference data a user may see: inspectors their projects in full, or only the buildings assigned to them
 * one by one; maintenance workers the projects of
 * their work orders with only those orders' units; office and admin everything. Those who may send a defect for
 * 整改 also get each project's responsible contractors and the repairers they may send.
 */
public final class ReferenceService {

    /** {@code responsibleContractors}: which contractor answers for each trade in each building. */
    public record ProjectData(Project project, List<Building> buildings, List<UnitType> unitTypes, List<Unit> units,
                              List<ResponsibleContractor.Assignment> responsibleContractors) {
    }

    /**
     * {@code sla}: the repair-deadline figures in force, so devices count the deadlines the server counts;
     * {@code repairers}: who a defect can be sent to for 整改, for the users who send (empty for the others).
     */
    public record ReferenceData(List<ProjectData> projects, List<Contractor> contractors,
                                List<TemplateCatalog.TemplateRef> templates, SlaFigures sla, List<Repairer> repairers) {
    }

    private final Database db;
    private final SiteStore sites;
    private final StateStore state;
    private final AccountStore accounts;
    private final TemplateCatalog templates;
    private final SlaFigures sla;

    public ReferenceService(Database db, SiteStore sites, StateStore state, AccountStore accounts,
                            TemplateCatalog templates, SlaPolicy sla) {
        this.accounts = accounts;
        this.sla = SlaFigures.of(sla);
        this.db = db;
        this.sites = sites;
        this.state = state;
        this.templates = templates;
    }

    public ReferenceData forUser(Principal principal) {
        boolean sends = sendsForRectification(principal);
        return db.read(c -> {
            List<ProjectData> out = switch (principal.role()) {
                case OFFICE, ADMIN -> {
                    List<ProjectData> all = new ArrayList<>();
                    for (Project p : sites.projects(c)) {
                        all.add(whole(c, p, sends));
                    }
                    yield all;
                }
                case INSPECTOR, SUPERVISOR, PROJECT_DEPARTMENT -> assigned(c, principal.username(), sends);
                case MAINTENANCE -> ofWorkOrders(c, principal.username());
            };
            List<Repairer> repairers = sends ? repairers(c) : List.of();
            return new ReferenceData(out, sites.contractors(c), templates.templates(c), sla, repairers);
        });
    }

    /**
     * The projects assigned whole, and of the others only the buildings assigned one by one; their responsible
     * contractors when {@code sends}.
     */
    private List<ProjectData> assigned(Connection c, String username, boolean sends) throws SQLException {
        Set<UUID> whole = new HashSet<>(sites.assignedProjects(c, username));
        Set<UUID> buildings = new HashSet<>(sites.assignedBuildings(c, username));
        List<ProjectData> out = new ArrayList<>();
        for (Project p : sites.projects(c)) {
            if (whole.contains(p.id())) {
                out.add(whole(c, p, sends));
                continue;
            }
            List<Building> mine = sites.buildings(c, p.id()).stream().filter(b -> buildings.contains(b.id())).toList();
            if (!mine.isEmpty()) {
                Set<UUID> ids = mine.stream().map(Building::id).collect(Collectors.toSet());
                List<Unit> units = sites.units(c, p.id()).stream().filter(u -> ids.contains(u.buildingId())).toList();
                List<ResponsibleContractor.Assignment> responsible = !sends ? List.of()
                        : sites.assignments(c, p.id()).stream().filter(a -> ids.contains(a.buildingId())).toList();
                out.add(new ProjectData(p, mine, typesOf(c, p, units), units, responsible));
            }
        }
        return out;
    }

    /** The projects of the user's work orders, with only those orders' units, buildings and 户型. */
    private List<ProjectData> ofWorkOrders(Connection c, String username) throws SQLException {
        Set<UUID> unitIds = new HashSet<>(state.workOrdersAssignedTo(c, username).values());
        Map<UUID, List<Unit>> byProject = sites.unitsByIds(c, unitIds).stream()
                .collect(Collectors.groupingBy(Unit::projectId));
        List<ProjectData> out = new ArrayList<>();
        for (Project p : sites.projects(c)) {
            List<Unit> units = byProject.get(p.id());
            if (units != null) {
                Set<UUID> buildings = units.stream().map(Unit::buildingId).collect(Collectors.toSet());
                out.add(new ProjectData(p,
                        sites.buildings(c, p.id()).stream().filter(b -> buildings.contains(b.id())).toList(),
                        typesOf(c, p, units), units, List.of()));
            }
        }
        return out;
    }

    private List<UnitType> typesOf(Connection c, Project p, List<Unit> units) throws SQLException {
        Set<UUID> types = units.stream().map(Unit::unitTypeId).collect(Collectors.toSet());
        return sites.unitTypes(c, p.id()).stream().filter(t -> types.contains(t.id())).toList();
    }

    private ProjectData whole(Connection c, Project p, boolean sends) throws SQLException {
        return new ProjectData(p, sites.buildings(c, p.id()), sites.unitTypes(c, p.id()), sites.units(c, p.id()),
                sends ? sites.assignments(c, p.id()) : List.of());
    }

    /**
     * Whether the user sends defects for 整改 (pushes {@code workorder.assigned} for others): only they are given
     * the responsible contractors and the repairers.
     */
    private static boolean sendsForRectification(Principal principal) {
        return PushPermissions.mayPush(principal.role(), OperationType.WORK_ORDER_ASSIGNED)
                && principal.role() != Role.MAINTENANCE;
    }

    private List<Repairer> repairers(Connection c) throws SQLException {
        return accounts.activeUsers(c, Role.MAINTENANCE).stream()
                .map(u -> new Repairer(u.username(), u.displayName())).toList();
    }
}
