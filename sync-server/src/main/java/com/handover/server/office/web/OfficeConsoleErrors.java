package com.handover.server.office.web;

import com.handover.server.config.OfficeSettings;
import io.javalin.http.Context;
import java.util.Map;

/** Answers an {@link OfficeHalt}: an HTML error page in the user's language, or a redirect (also for htmx). */
public final class OfficeConsoleErrors {

    private final JteRenderer renderer;
    private final OfficeSettings settings;

    public OfficeConsoleErrors(JteRenderer renderer, OfficeSettings settings) {
        this.renderer = renderer;
        this.settings = settings;
    }

    /**
     * A console path that no page answers: the console's HTML 404 page instead of the API's JSON error. Runs as
     * an error handler, after the page (or the API's own 404 handler); an HTML answer a page gave stays.
     */
    public void unknownPage(Context ctx) {
        String path = ctx.path();
        if (!path.equals("/office") && !path.startsWith("/office/")) {
            return;
        }
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith("text/html") && ctx.result() != null && !ctx.result().isEmpty()) {
            return;
        }
        handle(OfficeHalt.page(404, "error.pageNotFound"), ctx);
    }

    public void handle(OfficeHalt halt, Context ctx) {
        SecurityHeaders.apply(ctx);
        if (halt.location() != null) {
            if ("true".equals(ctx.header("HX-Request"))) {
                ctx.header("HX-Redirect", halt.location());
                ctx.status(204);
                return;
            }
            ctx.header("Location", halt.location());
            ctx.status(303);
            return;
        }
        Messages msg = OfficeWeb.messages(ctx);
        PageContext page = new PageContext(msg, ctx.attribute(OfficeWeb.SESSION_ATTRIBUTE), "", msg.t("error.title"),
                ctx.path(), settings.zone());
        ctx.status(halt.status());
        ctx.contentType("text/html; charset=utf-8").result(renderer.render("error.jte", Map.of("page", page, "view",
                new ErrorView(halt.status(), msg.t(halt.messageKey())))));
    }

    public record ErrorView(int status, String message) {
    }
}
