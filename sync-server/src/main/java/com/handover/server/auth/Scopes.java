package com.handover.server.auth;

import com.handover.model.Role;
import com.handover.model.sync.EntityKind;
import com.handover.server.store.AccountStore;
import com.handover.server.store.ScopeFilter;
import com.handover.server.store.SiteStore;
import com.handover.server.store.StateStore;
import java.sql.Connection;
import java.sql.SQLException;
import com.handover.model.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.UUID;

/**
 * What a user may see and touch: inspectors (and supervisors, the project department) the projects assigned to
 * them whole and the buildings assigned to them one by one; maintenance workers the work orders assigned to them
 * and those orders' units; office and admin everything.
 */
public final class Scopes {

    private final SiteStore sites;
    private final StateStore state;

    public Scopes(SiteStore sites, StateStore state) {
        this.sites = sites;
        this.state = state;
    }

    public ScopeFilter filterFor(Principal principal) {
        return switch (principal.role()) {
            case OFFICE, ADMIN -> ScopeFilter.EVERYTHING;
            case INSPECTOR, SUPERVISOR, PROJECT_DEPARTMENT -> new ScopeFilter.AssignedProjects(principal.username());
            case MAINTENANCE -> new ScopeFilter.AssignedWorkOrders(principal.username());
        };
    }

    /**
     * A short fingerprint of what the user may see today ("" for everything): it changes when a project or a
     * work order is assigned to them, or taken away.
     */
    public String fingerprint(Connection c, Principal principal) throws SQLException {
        List<UUID> ids = switch (principal.role()) {
            case OFFICE, ADMIN -> List.of();
            case INSPECTOR, SUPERVISOR, PROJECT_DEPARTMENT -> {
                List<UUID> assigned = new ArrayList<>(sites.assignedProjects(c, principal.username()));
                assigned.addAll(sites.assignedBuildings(c, principal.username()));
                yield assigned;
            }
            case MAINTENANCE -> new ArrayList<>(state.workOrdersAssignedTo(c, principal.username()).keySet());
        };
        if (principal.seesEverything()) {
            return "";
        }
        String joined = ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
        return CanonicalJson.sha256Hex(joined.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * The active accounts assigned projects or buildings (inspectors, supervisors, project departments), each as
     * the principal its devices sign in as: the teams whose snapshots the server prepares before they ask.
     */
    public List<Principal> assignedAccounts(Connection c, AccountStore accounts) throws SQLException {
        List<Principal> out = new ArrayList<>();
        for (Role role : List.of(Role.INSPECTOR, Role.SUPERVISOR, Role.PROJECT_DEPARTMENT)) {
            for (User user : accounts.activeUsers(c, role)) {
                if (!sites.assignedProjects(c, user.username()).isEmpty()
                        || !sites.assignedBuildings(c, user.username()).isEmpty()) {
                    out.add(new Principal(user, "server", ""));
                }
            }
        }
        return out;
    }

    /**
     * The scope as sets, read once per push inside its transaction. Of the buildings assigned one by one, only
     * the push's own {@code units} (those its records lie in or are created on) are looked up.
     */
    public PushScope forPush(Connection c, Principal principal, Collection<UUID> units) throws SQLException {
        Role role = principal.role();
        if (principal.seesEverything()) {
            return PushScope.all();
        }
        if (role != Role.MAINTENANCE) {
            return PushScope.ofProjects(new HashSet<>(sites.assignedProjects(c, principal.username())),
                    sites.assignedBuildingUnitsAmong(c, principal.username(), units));
        }
        var orders = state.workOrdersAssignedTo(c, principal.username());
        return PushScope.ofWorkOrders(new HashSet<>(orders.keySet()), new HashSet<>(orders.values()));
    }

    /** A decision per record: may this user write to it? */
    public record PushScope(boolean everything, Set<UUID> projects, Set<UUID> workOrders, Set<UUID> units,
                            boolean byWorkOrder) {

        static PushScope all() {
            return new PushScope(true, Set.of(), Set.of(), Set.of(), false);
        }

        /** The projects assigned whole, and the push's units that lie in the buildings assigned one by one. */
        static PushScope ofProjects(Set<UUID> projects, Set<UUID> unitsOfBuildings) {
            return new PushScope(false, projects, Set.of(), unitsOfBuildings, false);
        }

        static PushScope ofWorkOrders(Set<UUID> workOrders, Set<UUID> units) {
            return new PushScope(false, Set.of(), workOrders, units, true);
        }

        /**
         * A maintenance worker writes to the work orders assigned to them (and may open a new one on their
         * units), and to the defects of those units; an inspector to anything in their projects and buildings.
         */
        public boolean allows(EntityKind kind, UUID entityId, boolean creates, UUID unitId, UUID projectId) {
            if (everything || projects.contains(projectId)) {
                return true;
            }
            if (kind == EntityKind.WORK_ORDER && !creates && byWorkOrder) {
                return workOrders.contains(entityId);
            }
            return units.contains(unitId);
        }
    }
}
