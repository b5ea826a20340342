package com.handover.server.office.web;

import com.handover.server.config.OfficeSettings;
import com.handover.server.office.session.OfficeSession;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** What every console page handler uses: the session of the request, its language, and rendering. */
public final class OfficeWeb {

    static final String SESSION_ATTRIBUTE = "office.session";

    private final JteRenderer renderer;
    private final OfficeSettings settings;

    public OfficeWeb(JteRenderer renderer, OfficeSettings settings) {
        this.renderer = renderer;
        this.settings = settings;
    }

    public OfficeSettings settings() {
        return settings;
    }

    public JteRenderer renderer() {
        return renderer;
    }

    /** The signed-in session (the guard has checked it before any page runs). */
    public OfficeSession session(Context ctx) {
        OfficeSession s = ctx.attribute(SESSION_ATTRIBUTE);
        if (s == null) {
            throw OfficeHalt.redirect("/office/login");
        }
        return s;
    }

    public static Messages messages(Context ctx) {
        return Messages.of(Lang.fromCode(ctx.cookie(Lang.COOKIE)));
    }

    public PageContext page(Context ctx, String nav, String titleKey, Object... titleArgs) {
        Messages msg = messages(ctx);
        OfficeSession s = ctx.attribute(SESSION_ATTRIBUTE);
        String path = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        return new PageContext(msg, s, nav, msg.t(titleKey, titleArgs), path, settings.zone())
                .withStateLag(ctx.attribute(StateWait.LAG_ATTRIBUTE))
                .withUnitsSetAside(ctx.attribute(StateWait.SET_ASIDE_ATTRIBUTE));
    }

    /** Renders {@code template} with the page context as {@code page} and {@code view} as the page's data. */
    public void render(Context ctx, String template, PageContext page, Object view) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("view", view);
        ctx.contentType("text/html; charset=utf-8").result(renderer.render(template, model));
    }
}
