package com.handover.server.office.pages;

import com.handover.server.office.OfficeParts;
import com.handover.server.office.verify.RecordCheck;
import com.handover.server.office.verify.RecordVerifier;
import com.handover.server.office.verify.VerificationLinks;
import com.handover.server.office.web.PageContext;
import com.handover.server.office.web.SecurityHeaders;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The public page behind a report's QR code and short link (/v/CODE), open without signing in: it recomputes
 * the signed record's hash from the stored log and says whether it is unchanged. It shows no personal data:
 * no owner name or phone, and the unit number masked.
 */
public final class PublicVerifyPage {

    public record View(String code, String project, String building, String maskedUnit, LocalDate signedOn,
                       RecordCheck check) {
    }

    private final OfficeParts parts;
    private final VerificationLinks links;
    private final RecordVerifier verifier;

    public PublicVerifyPage(OfficeParts parts) {
        this.parts = parts;
        this.links = new VerificationLinks(parts.components().db().dialect());
        this.verifier = new RecordVerifier(parts.components().log());
    }

    public void install(RoutesConfig routes) {
        routes.get("/v/{code}", this::show);
    }

    /** The page's model; an unknown code has no view (the page says so, with nothing of the office around it). */
    private static Map<String, Object> model(PageContext page, View view) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("view", view);
        return model;
    }

    /** The absolute link to the verification page, from the address the browser used (or the proxy's). */
    static String url(Context ctx, String code) {
        String proto = ctx.header("X-Forwarded-Proto");
        String host = ctx.header("X-Forwarded-Host");
        String scheme = proto != null && proto.matches("https?") ? proto : ctx.scheme();
        String authority = host != null && host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}") ? host : ctx.host();
        return scheme + "://" + authority + "/v/" + code;
    }

    /** "1-1203" → "1-12**": enough to tell a unit from its neighbours on the owner's own paper, not to find it. */
    public static String mask(String number) {
        if (number.length() <= 2) {
            return "**";
        }
        return number.substring(0, number.length() - 2) + "**";
    }

    private void show(Context ctx) {
        SecurityHeaders.apply(ctx);
        String code = ctx.pathParam("code");
        var c = parts.components();
        View view = c.db().read(conn -> {
            UUID id = links.inspectionOf(conn, code).orElse(null);
            if (id == null) {
                return null;
            }
            RecordCheck check = verifier.verify(conn, id);
            String[] where = verifier.place(conn, id);
            LocalDate day = check.signedAtMillis() == 0 ? null
                    : Instant.ofEpochMilli(check.signedAtMillis()).atZone(parts.settings().zone()).toLocalDate();
            return new View(code, where[0], where[1], mask(where[2]), day, check);
        });
        PageContext page = parts.web().page(ctx, "", "verify.title");
        ctx.status(view == null ? 404 : 200);
        ctx.contentType("text/html; charset=utf-8").result(parts.web().renderer().render("verify.jte", model(page, view)));
    }
}
