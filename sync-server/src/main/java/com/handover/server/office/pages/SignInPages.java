package com.handover.server.office.pages;

import com.handover.server.office.session.ConsoleLogin;
import com.handover.server.office.session.SecretTokens;
import com.handover.server.office.session.SessionService;
import com.handover.server.office.web.ConsoleGuard;
import com.handover.server.office.web.Cookies;
import com.handover.server.office.web.Lang;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.OfficeWeb;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Sign-in, sign-out and the language switch. The sign-in form carries its own CSRF token (a random value in a
 * short-lived cookie and in the form), since there is no session yet to hold one.
 */
public final class SignInPages {

    static final String LOGIN_CSRF_COOKIE = "office_login_csrf";
    /** One year: the language choice outlives sessions. */
    private static final int LANG_COOKIE_SECONDS = 365 * 24 * 3600;
    private static final int LOGIN_CSRF_SECONDS = 3600;

    public record SignInView(String next, String csrf, String errorKey, long retryAfterSeconds, String username) {
    }

    private final OfficeWeb web;
    private final ConsoleLogin login;
    private final SessionService sessions;

    public SignInPages(OfficeWeb web, ConsoleLogin login, SessionService sessions) {
        this.web = web;
        this.login = login;
        this.sessions = sessions;
    }

    public void install(RoutesConfig routes) {
        routes.get("/office/login", this::form);
        routes.post("/office/login", this::signIn);
        routes.post("/office/logout", this::signOut);
        routes.get("/office/lang", this::switchLanguage);
    }

    private void form(Context ctx) {
        show(ctx, null, 0, "", 200);
    }

    private void show(Context ctx, String errorKey, long retry, String username, int status) {
        String csrf = SecretTokens.newToken();
        Cookies.set(ctx, web.settings(), LOGIN_CSRF_COOKIE, csrf, "/office/login", LOGIN_CSRF_SECONDS);
        PageContext page = web.page(ctx, "", "login.title");
        String next = ConsoleGuard.localPath(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"));
        ctx.status(status);
        web.render(ctx, "login.jte", page, new SignInView(next, csrf, errorKey, retry, username == null ? "" : username));
    }

    private void signIn(Context ctx) {
        String cookie = ctx.cookie(LOGIN_CSRF_COOKIE);
        if (!SecretTokens.wellFormed(cookie) || !SecretTokens.same(cookie, ctx.formParam(ConsoleGuard.CSRF_FIELD))) {
            throw OfficeHalt.page(403, "error.csrf");
        }
        String username = ctx.formParam("username");
        ConsoleLogin.Result result = login.check(username, ctx.formParam("password"));
        switch (result.outcome()) {
            case OK -> {
                SessionService.Started started = sessions.start(result.user());
                Cookies.delete(ctx, web.settings(), LOGIN_CSRF_COOKIE, "/office/login");
                Cookies.set(ctx, web.settings(), ConsoleGuard.SESSION_COOKIE, started.sessionId(), "/office", -1);
                throw OfficeHalt.redirect(ConsoleGuard.localPath(ctx.formParam("next")));
            }
            case THROTTLED -> {
                ctx.header("Retry-After", Long.toString(result.retryAfterSeconds()));
                show(ctx, "login.throttled", result.retryAfterSeconds(), username, 429);
            }
            case NOT_OFFICE_ROLE -> show(ctx, "login.notOffice", 0, username, 403);
            default -> show(ctx, "login.wrong", 0, username, 401);
        }
    }

    private void signOut(Context ctx) {
        sessions.end(web.session(ctx));
        Cookies.delete(ctx, web.settings(), ConsoleGuard.SESSION_COOKIE, "/office");
        throw OfficeHalt.redirect("/office/login");
    }

    private void switchLanguage(Context ctx) {
        Lang lang = Lang.fromCode(ctx.queryParam("to"));
        Cookies.set(ctx, web.settings(), Lang.COOKIE, lang.code(), "/", LANG_COOKIE_SECONDS);
        String back = ctx.queryParam("back");
        if (back != null && back.matches("/v/[0-9A-Z]{1,32}")) {
            throw OfficeHalt.redirect(back);
        }
        throw OfficeHalt.redirect(ConsoleGuard.localPath(back));
    }
}
