package com.handover.server.office.web;

import java.util.List;

/** One entry of the console's left navigation: its id (to mark the current page), bundle key and link. */
public record NavItem(String id, String labelKey, String href, boolean adminOnly) {

    /** Every page of the console, in the order the navigation lists them (console A and B). */
    public static final List<NavItem> ALL = List.of(
            new NavItem("dashboard", "nav.dashboard", "/office/", false),
            new NavItem("projects", "nav.projects", "/office/projects", false),
            new NavItem("workorders", "nav.workorders", "/office/repair/work-orders", false),
            new NavItem("intake", "nav.intake", "/office/repair/intake", false),
            new NavItem("revisits", "rules.nav.revisits", "/office/repair/revisits", false),
            new NavItem("contractors", "nav.contractors", "/office/repair/contractors", false),
            new NavItem("monthly", "nav.monthly", "/office/reports/monthly", false),
            new NavItem("common", "nav.common", "/office/repair/common-defects", false),
            new NavItem("sync", "nav.sync", "/office/sync", false),
            new NavItem("templates", "nav.templates", "/office/repair/templates", false),
            new NavItem("admin", "nav.admin", "/office/admin", true));
}
