package com.handover.server.office.disputes;

import com.handover.model.ComplaintDepartment;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.repair.Forms;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;

/**
 * The complaint page's forms for 处置, escalation and 有效/无效. A bad form shows the complaint page again with
 * what was missing (through {@link ErrorPage}) and records nothing.
 */
public final class ComplaintHandlingRoutes {

    /** Shows the complaint page with an error message key and status. */
    @FunctionalInterface
    public interface ErrorPage {
        void show(Context ctx, String errorKey, int status);
    }

    private static final String BASE = "/office/repair/complaints/";
    private static final int MAX_TEXT = 2_000;
    private static final int MAX_NAME = 200;

    private final OfficeParts parts;
    private final ComplaintHandling handling;
    private final ErrorPage errors;

    public ComplaintHandlingRoutes(OfficeParts parts, ErrorPage errors) {
        this.parts = parts;
        this.handling = new ComplaintHandling(parts.components().db(), parts.components().entities(), parts.clocks());
        this.errors = errors;
    }

    public void install(RoutesConfig routes) {
        routes.post(BASE + "{id}/handle", ctx -> step(ctx, () -> handling.handle(id(ctx),
                Forms.choice(ctx.formParam("department"), ComplaintDepartment.class, "department", true),
                Forms.text(ctx.formParam("plan"), "plan", MAX_TEXT, true),
                Forms.text(ctx.formParam("handler"), "handler", MAX_NAME, false), parts.actor(ctx))));
        routes.post(BASE + "{id}/escalate", ctx -> step(ctx, () -> handling.escalate(id(ctx),
                Forms.text(ctx.formParam("escalatedTo"), "escalatedTo", MAX_NAME, true),
                Forms.text(ctx.formParam("reason"), "escalationReason", MAX_TEXT, true), parts.actor(ctx))));
        routes.post(BASE + "{id}/judge", ctx -> step(ctx, () -> handling.judge(id(ctx), validity(ctx),
                Forms.text(ctx.formParam("reason"), "validityReason", MAX_TEXT, true), parts.actor(ctx))));
    }

    private void step(Context ctx, Runnable write) {
        try {
            write.run();
        } catch (Forms.FormException e) {
            errors.show(ctx, "disputes.complaint.missing." + e.field(), 400);
            return;
        } catch (DisputeRefused e) {
            if ("disputes.complaint.none".equals(e.reason())) {
                throw OfficeHalt.notFound();
            }
            errors.show(ctx, e.reason(), 409);
            return;
        }
        throw OfficeHalt.redirect(BASE + id(ctx) + "#handling");
    }

    private static boolean validity(Context ctx) {
        String v = ctx.formParam("valid");
        if ("true".equals(v) || "false".equals(v)) {
            return Boolean.parseBoolean(v);
        }
        throw new Forms.FormException("valid", "repair.form.required");
    }

    private static UUID id(Context ctx) {
        try {
            return Forms.uuid(ctx.pathParam("id"), "id", true);
        } catch (Forms.FormException e) {
            throw OfficeHalt.notFound();
        }
    }
}
