package com.handover.server.office.repair.rectify;

import com.handover.server.office.OfficeParts;
import com.handover.server.office.repair.Forms;
import com.handover.server.office.web.Ids;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import com.handover.server.sync.ServerOperations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The 发送整改 form of one handover defect: contractor, maintenance user, 整改期限 and estimate, then send. */
public final class RectifyPages {

    public static final String BASE = "/office/rectify/defects";

    /**
     * What the form shows; the entered fields hold what was entered when it comes back with an error.
     * {@code roomName} is the defect's room by name, in the page's language.
     */
    public record View(RectifyProposal proposal, String unitLabel, String contractorId, String assignee,
                       String rectifyBy, String estimatedCost, String error, String roomName) {
    }

    private final OfficeParts parts;

    public RectifyPages(OfficeParts parts) {
        this.parts = parts;
    }

    public void install(RoutesConfig routes) {
        routes.get(BASE + "/{id}", ctx -> {
            RectifyProposal p = proposal(ctx);
            render(ctx, new View(p, p.site().unitLabel(),
                    p.responsible() == null ? "" : p.responsible().id().toString(),
                    p.maintenanceStaff().isEmpty() ? "" : p.maintenanceStaff().get(0).username(),
                    p.defaultRectifyBy().toString(), "", null, ""), 200);
        });
        routes.post(BASE + "/{id}", this::send);
    }

    private void send(Context ctx) {
        RectifyProposal p = proposal(ctx);
        View entered = new View(p, p.site().unitLabel(), param(ctx, "contractor"), param(ctx, "assignee"),
                param(ctx, "rectifyBy"), param(ctx, "estimatedCost"), null, "");
        try {
            UUID contractor = Forms.uuid(entered.contractorId(), "contractorId", true);
            LocalDate rectifyBy = date(entered.rectifyBy());
            long fen = Forms.yuanAsFen(entered.estimatedCost(), "estimatedCostFen");
            parts.rectify().send(new RectifyRequest(p.defect().id(), contractor, entered.assignee(), rectifyBy, fen),
                    parts.actor(ctx));
        } catch (Forms.FormException e) {
            render(ctx, withError(entered, e.field()), 400);
            return;
        } catch (RectifyException e) {
            render(ctx, withError(entered, e.field()), e.field().equals("defectId") ? 409 : 400);
            return;
        } catch (ServerOperations.RefusedException e) {
            render(ctx, withError(entered, "defectId"), 409);
            return;
        }
        throw OfficeHalt.redirect("/office/units/" + p.defect().unitId() + "?rectified=1");
    }

    private static View withError(View v, String field) {
        return new View(v.proposal(), v.unitLabel(), v.contractorId(), v.assignee(), v.rectifyBy(),
                v.estimatedCost(), "rectify.error." + field, v.roomName());
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Forms.FormException("rectifyBy", "rectify.error.rectifyBy");
        }
    }

    private static String param(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }

    private RectifyProposal proposal(Context ctx) {
        UUID id = Ids.path(ctx, "id");
        try {
            return parts.rectify().proposal(id);
        } catch (RectifyException e) {
            throw OfficeHalt.notFound();
        }
    }

    private void render(Context ctx, View view, int status) {
        PageContext page = parts.web().page(ctx, "projects", "rectify.title", view.unitLabel());
        String room = parts.names(page.lang()).room(view.proposal().defect().room());
        ctx.status(status);
        parts.web().render(ctx, "repair/rectify.jte", page, new View(view.proposal(), view.unitLabel(),
                view.contractorId(), view.assignee(), view.rectifyBy(), view.estimatedCost(), view.error(), room));
    }
}
