package com.handover.server.office.web;

import com.handover.server.config.OfficeSettings;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** The console's cookies: HttpOnly, SameSite=Strict, Secure over TLS. */
public final class Cookies {

    private Cookies() {
    }

    /** A cookie that lives as long as the browser session ({@code maxAge} -1) or {@code maxAge} seconds (0 deletes it). */
    public static void set(Context ctx, OfficeSettings settings, String name, String value, String path, int maxAge) {
        Cookie c = new Cookie(name, value, path, maxAge, SecurityHeaders.overTls(ctx, settings), true, null,
                SameSite.STRICT);
        ctx.cookie(c);
    }

    public static void delete(Context ctx, OfficeSettings settings, String name, String path) {
        set(ctx, settings, name, "", path, 0);
    }
}
