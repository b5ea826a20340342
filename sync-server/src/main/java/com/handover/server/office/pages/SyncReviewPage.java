package com.handover.server.office.pages;

import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.query.SyncQueries;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;

/** Sync review: which devices synced when (and whose clock is off), what was refused and why, conflicts, missing photos. */
public final class SyncReviewPage implements OfficePageGroup {

    @Override
    public void install(RoutesConfig routes, OfficeParts parts) {
        var c = parts.components();
        SyncQueries queries = new SyncQueries(c.devices(), c.photos());
        routes.get("/office/sync", ctx -> {
            PageContext page = parts.web().page(ctx, "sync", "sync.title");
            long now = c.clock().millis();
            parts.web().render(ctx, "sync.jte", page, c.db().read(conn -> queries.view(conn, now)));
        });
    }
}
