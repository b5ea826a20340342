package com.handover.server.office.pages;

import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.query.DashboardQueries;
import com.handover.server.office.query.DashboardView;
import com.handover.server.office.repair.revisit.ReturnVisits;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;
import java.time.Instant;

/** The dashboard: handovers, first-time pass rates, open defects, due work orders, expiring warranties, quiet devices. */
public final class DashboardPage implements OfficePageGroup {

    /** The dashboard's data, the names to show with it, and the return visits (回访率, overdue visits). */
    public record View(DashboardView data, ChecklistNames names, ReturnVisits.Summary revisits) {
    }

    @Override
    public void install(RoutesConfig routes, OfficeParts parts) {
        DashboardQueries queries = new DashboardQueries(parts.sla(), parts.settings().zone());
        ReturnVisits revisits = new ReturnVisits(parts.components(), parts.clocks(), parts.intake());
        routes.get("/office/", ctx -> {
            PageContext page = parts.web().page(ctx, "dashboard", "dash.title");
            ChecklistNames names = parts.names();
            Instant now = parts.components().clock().instant();
            DashboardView data = parts.components().db().read(c -> queries.view(c, names, page.msg(), now));
            parts.web().render(ctx, "dashboard.jte", page, new View(data, names, revisits.summary(now)));
        });
    }
}
