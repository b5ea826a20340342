package com.handover.server.office.pages;

import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.query.DashboardQueries;
import com.handover.server.office.query.DashboardView;
import com.handover.server.office.repair.revisit.ReturnVisits;
import com.handover.server.office.query.People;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;
import java.time.Duration;
import java.time.Instant;

/** The dashboard: handovers, first-time pass rates, open defects, due work orders, expiring warranties, quiet devices. */
public final class DashboardPage implements OfficePageGroup {

    /** The dashboard's data, the names to show with it, the return visits (回访率, overdue visits) and the time it was read. */
    public record View(DashboardView data, ChecklistNames names, ReturnVisits.Summary revisits, People people, Instant now) {

        /** How long until (or since) a deadline. */
        public Duration until(Instant deadline) {
            return Duration.between(now, deadline);
        }
    }

    @Override
    public void install(RoutesConfig routes, OfficeParts parts) {
        DashboardQueries queries = new DashboardQueries(parts.clocks().repairClock(), parts.settings().zone());
        ReturnVisits revisits = new ReturnVisits(parts.components(), parts.clocks(), parts.intake());
        routes.get("/office/", ctx -> {
            PageContext page = parts.web().page(ctx, "dashboard", "dash.title");
            ChecklistNames names = parts.names(page.lang());
            Instant now = parts.components().clock().instant();
            ReturnVisits.Summary visits = revisits.summary(now);
            View view = parts.components().db().read(c -> new View(queries.view(c, names, page.msg(), now), names,
                    visits, People.load(c), now));
            parts.web().render(ctx, "dashboard.jte", page, view);
        });
    }
}
