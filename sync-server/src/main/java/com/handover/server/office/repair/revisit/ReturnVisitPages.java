package com.handover.server.office.repair.revisit;

import com.handover.model.sla.SlaPolicy;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.repair.Forms;
import com.handover.server.office.repair.intake.IntakeService;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;

/** 回访: the list of return visits owed, overdue ones marked, and recording a visit from the list. */
public final class ReturnVisitPages {

    public static final String BASE = "/office/repair/revisits";
    private static final int MAX_NOTE = 2_000;

    /** The page's data; {@code error} a bundle key, {@code errorOrder} the row it belongs to. */
    public record View(ReturnVisits.Summary summary, SlaPolicy policy, boolean recorded, String error, UUID errorOrder) {
    }

    private final OfficeParts parts;
    private final ReturnVisits visits;

    public ReturnVisitPages(OfficeParts parts) {
        this.parts = parts;
        this.visits = new ReturnVisits(parts.components(), parts.clocks(), parts.intake());
    }

    public void install(RoutesConfig routes) {
        routes.get(BASE, ctx -> render(ctx, ctx.queryParam("recorded") != null, null, null, 200));
        routes.post(BASE + "/{id}", this::record);
    }

    private void render(Context ctx, boolean recorded, String error, UUID errorOrder, int status) {
        PageContext page = parts.web().page(ctx, "revisits", "rules.revisits.title");
        ctx.status(status);
        parts.web().render(ctx, "repair/revisits.jte", page,
                new View(visits.summary(parts.components().clock().instant()), parts.clocks().repairClock().policy(),
                        recorded, error, errorOrder));
    }

    private void record(Context ctx) {
        UUID id;
        try {
            id = UUID.fromString(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw OfficeHalt.notFound();
        }
        try {
            int satisfaction = Forms.integer(ctx.formParam("satisfaction"), "satisfaction", 1, 5);
            String note = Forms.text(ctx.formParam("note"), "note", MAX_NOTE, false);
            visits.record(id, satisfaction, note, parts.actor(ctx));
        } catch (Forms.FormException e) {
            render(ctx, false, e.getMessage(), id, 400);
            return;
        } catch (IntakeService.IntakeException e) {
            render(ctx, false, "rules.revisits.notOwed", id, 400);
            return;
        }
        throw OfficeHalt.redirect(BASE + "?recorded=1");
    }
}
