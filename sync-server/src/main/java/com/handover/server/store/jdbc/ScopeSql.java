package com.handover.server.store.jdbc;

import com.handover.server.store.ScopeFilter;
import java.util.List;

/** The WHERE condition for a {@link ScopeFilter} on the operation log and on tables keyed by unit. */
final class ScopeSql {

    record Condition(String sql, List<Object> params) {
    }

    /** The projects assigned whole, and the units of the buildings assigned one by one. */
    private static final String ASSIGNED_PROJECTS =
            "(project_id IN (SELECT project_id FROM project_assignments WHERE username = ?)"
            + " OR unit_id IN (SELECT u.id FROM units u JOIN building_assignments a ON a.building_id = u.building_id"
            + " WHERE a.username = ?))";
    private static final String ASSIGNED_UNITS = "unit_id IN (SELECT unit_id FROM work_orders WHERE assignee = ?)";

    private ScopeSql() {
    }

    static Condition forOperations(ScopeFilter scope) {
        if (scope instanceof ScopeFilter.AssignedProjects p) {
            return new Condition(ASSIGNED_PROJECTS, List.of(p.username(), p.username()));
        }
        if (scope instanceof ScopeFilter.AssignedWorkOrders w) {
            return new Condition("((entity_kind = 'WORK_ORDER' AND entity_id IN"
                    + " (SELECT id FROM work_orders WHERE assignee = ?))"
                    + " OR (entity_kind IN ('INSPECTION', 'DEFECT') AND " + ASSIGNED_UNITS + "))",
                    List.of(w.username(), w.username()));
        }
        return new Condition("1 = 1", List.of());
    }

    static Condition forUnits(ScopeFilter scope) {
        if (scope instanceof ScopeFilter.AssignedProjects p) {
            return new Condition(ASSIGNED_PROJECTS, List.of(p.username(), p.username()));
        }
        if (scope instanceof ScopeFilter.AssignedWorkOrders w) {
            return new Condition(ASSIGNED_UNITS, List.of(w.username()));
        }
        return new Condition("1 = 1", List.of());
    }
}
