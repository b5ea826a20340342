package com.handover.server.office.pages;

import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.query.OpWords;
import com.handover.server.office.query.SyncQueries;
import com.handover.server.office.web.PageContext;
import com.handover.server.office.web.Paging;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * Sync review: which devices synced when (and whose clock is off), what was refused and why, conflicts, missing
 * photos; each list a page at a time, everything in words.
 */
public final class SyncReviewPage implements OfficePageGroup {

    /** Lines per page of each list. */
    public static final int PAGE_SIZE = 20;

    public record View(List<SyncQueries.Device> devices, Paging devicePaging, List<SyncQueries.Rejection> rejections,
                       Paging rejectionPaging, List<SyncQueries.Conflict> conflicts, Paging conflictPaging,
                       List<SyncQueries.MissingPhoto> missing, Paging missingPaging, OpWords words) {
    }

    @Override
    public void install(RoutesConfig routes, OfficeParts parts) {
        var c = parts.components();
        SyncQueries queries = new SyncQueries(c.devices(), c.photos());
        routes.get("/office/sync", ctx -> {
            PageContext page = parts.web().page(ctx, "sync", "sync.title");
            long now = c.clock().millis();
            var names = parts.names(page.lang());
            View view = c.db().read(conn -> {
                List<SyncQueries.Device> devices = queries.devices(conn, now);
                Paging dp = paging(ctx, "devices", devices.size());
                Paging rp = paging(ctx, "refused", queries.rejectionCount(conn));
                Paging cp = paging(ctx, "conflicts", queries.conflictCount(conn));
                Paging mp = paging(ctx, "missing", queries.missingCount(conn));
                return new View(dp.slice(devices), dp, queries.rejections(conn, rp.offset(), rp.size()), rp,
                        queries.conflicts(conn, cp.offset(), cp.size()), cp, queries.missing(conn, mp.offset(), mp.size()),
                        mp, OpWords.load(conn, c.devices(), c.sites(), page, names));
            });
            parts.web().render(ctx, "sync.jte", page, view);
        });
    }

    private static Paging paging(Context ctx, String list, long total) {
        return Paging.of(ctx, list, PAGE_SIZE, total);
    }
}
