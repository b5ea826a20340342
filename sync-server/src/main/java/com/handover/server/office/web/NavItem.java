package com.handover.server.office.web;

import com.handover.model.Role;
import java.util.List;

/** One entry of the console's navigation: its id (to mark the current page), bundle key, link and who sees it. */
public record NavItem(String id, String labelKey, String href, Audience audience) {

    /** Who a page is for. */
    public enum Audience {
        /** The office and admins. */
        OFFICE,
        /** Admins only. */
        ADMIN,
        /** The office, admins and the parties who confirm repairs from the console (监理, 项目部). */
        CONFIRMING;

        public boolean includes(Role role) {
            return switch (this) {
                case OFFICE -> role == Role.OFFICE || role == Role.ADMIN;
                case ADMIN -> role == Role.ADMIN;
                case CONFIRMING -> role == Role.OFFICE || role == Role.ADMIN || role.isConfirmingParty();
            };
        }
    }

    /** Every page of the console, in the order the navigation lists them. */
    public static final List<NavItem> ALL = List.of(
            new NavItem("dashboard", "nav.dashboard", "/office/", Audience.OFFICE),
            new NavItem("projects", "nav.projects", "/office/projects", Audience.OFFICE),
            new NavItem("workorders", "nav.workorders", "/office/repair/work-orders", Audience.OFFICE),
            new NavItem("confirmations", "nav.confirmations", "/office/repair/confirmations", Audience.CONFIRMING),
            new NavItem("intake", "nav.intake", "/office/repair/intake", Audience.OFFICE),
            new NavItem("revisits", "rules.nav.revisits", "/office/repair/revisits", Audience.OFFICE),
            new NavItem("contractors", "nav.contractors", "/office/repair/contractors", Audience.OFFICE),
            new NavItem("monthly", "nav.monthly", "/office/reports/monthly", Audience.OFFICE),
            new NavItem("common", "nav.common", "/office/repair/common-defects", Audience.OFFICE),
            new NavItem("sync", "nav.sync", "/office/sync", Audience.OFFICE),
            new NavItem("templates", "nav.templates", "/office/repair/templates", Audience.OFFICE),
            new NavItem("admin", "nav.admin", "/office/admin", Audience.ADMIN),
            new NavItem("import", "nav.import", "/office/admin/import", Audience.ADMIN));
}
