package com.handover.server.office.web;

import com.handover.server.office.session.OfficeSession;
import com.handover.server.office.session.SessionService;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Runs before every console request: security headers; the session from its cookie (or the way to the sign-in
 * page); admin pages for admins only; and the CSRF check on every request that changes something (the
 * session's token in the form field {@code _csrf} or the header {@code X-CSRF-Token}, sent by htmx).
 */
public final class ConsoleGuard {

    public static final String SESSION_COOKIE = "office_session";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final SessionService sessions;

    public ConsoleGuard(SessionService sessions) {
        this.sessions = sessions;
    }

    public void before(Context ctx) {
        SecurityHeaders.apply(ctx);
        String path = ctx.path();
        if (path.startsWith("/office/static/") || path.equals("/office/login") || path.equals("/office/lang")) {
            return;
        }
        Optional<OfficeSession> session = sessions.find(ctx.cookie(SESSION_COOKIE));
        if (session.isEmpty()) {
            if (ctx.method() == HandlerType.GET && !"true".equals(ctx.header("HX-Request"))) {
                String back = path + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
                throw OfficeHalt.redirect("/office/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            }
            throw OfficeHalt.redirect("/office/login");
        }
        OfficeSession s = session.get();
        ctx.attribute(OfficeWeb.SESSION_ATTRIBUTE, s);
        if ((path.equals("/office/admin") || path.startsWith("/office/admin/")) && !s.isAdmin()) {
            throw OfficeHalt.page(403, "error.adminOnly");
        }
        if (s.role().isConfirmingParty() && !openToConfirmingParties(path)) {
            if (ctx.method() == HandlerType.GET) {
                throw OfficeHalt.redirect(CONFIRMATIONS);
            }
            throw OfficeHalt.page(403, "error.confirmingPartyOnly");
        }
        if (changesState(ctx.method()) && !SessionService.csrfMatches(s, submittedCsrf(ctx))) {
            throw OfficeHalt.page(403, "error.csrf");
        }
    }

    /** The 签认 page: the one page of the console a supervisor (监理) or project department (项目部) uses. */
    static final String CONFIRMATIONS = "/office/repair/confirmations";

    static boolean openToConfirmingParties(String path) {
        return path.equals(CONFIRMATIONS) || path.startsWith("/office/photos/") || path.equals("/office/logout");
    }

    static boolean changesState(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    static String submittedCsrf(Context ctx) {
        String header = ctx.header(CSRF_HEADER);
        if (header != null) {
            return header;
        }
        String type = ctx.contentType();
        if (type != null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"))) {
            return ctx.formParam(CSRF_FIELD);
        }
        return null;
    }

    /** A path inside the console to come back to after sign-in or a language switch; anything else goes home. */
    public static String localPath(String candidate) {
        if (candidate == null || !candidate.startsWith("/office") || candidate.startsWith("//")
                || candidate.contains("\\") || candidate.length() > 2000) {
            return "/office/";
        }
        for (int i = 0; i < candidate.length(); i++) {
            if (candidate.charAt(i) < 0x20) {
                return "/office/";
            }
        }
        return candidate;
    }
}
