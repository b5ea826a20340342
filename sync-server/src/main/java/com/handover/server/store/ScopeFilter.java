package com.handover.server.store;

/**
 * Which records a user may see, in a form each store turns into SQL for its own table (values are always
 * bound, never concatenated).
 */
public sealed interface ScopeFilter {

    /** Office and admin: everything. */
    record Everything() implements ScopeFilter {
    }

    /** An inspector, a supervisor, the project department: the projects and the buildings assigned to them. */
    record AssignedProjects(String username) implements ScopeFilter {
    }

    /** A maintenance worker: the work orders assigned to them, and those orders' units. */
    record AssignedWorkOrders(String username) implements ScopeFilter {
    }

    ScopeFilter EVERYTHING = new Everything();
}
