package com.handover.server.office.web;

import com.handover.server.config.OfficeSettings;
import io.javalin.http.Context;

/**
 * Headers on every console and verification page: a content security policy that allows only this
 * server's own scripts, styles, images and forms (no inline scripts: behaviour lives in static files), no
 * framing, no MIME sniffing and no referrer to other sites.
 */
public final class SecurityHeaders {

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    /** Whether the browser reached us over TLS, directly or through a proxy that says so. */
    public static boolean overTls(Context ctx, OfficeSettings settings) {
        return settings.alwaysSecureCookies() || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))
                || "https".equalsIgnoreCase(ctx.scheme());
    }
}
