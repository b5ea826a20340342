package com.handover.server.office.pages;

import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.query.InspectionLoader;
import com.handover.server.office.query.InspectionView;
import com.handover.server.office.report.CjkFont;
import com.handover.server.office.report.HandoverReport;
import com.handover.server.office.report.ReportPdf;
import com.handover.server.office.verify.VerificationLinks;
import com.handover.server.office.web.Ids;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The handover report of a signed inspection: a printable A4 page (the browser prints it with the print
 * stylesheet) and a PDF with an embedded CJK font. Both carry the content hash, the verification status and a
 * QR code with the short link to the public verification page.
 */
public final class ReportPages implements OfficePageGroup {

    public record View(HandoverReport report, boolean pdfAvailable, UUID inspectionId) {
    }

    @Override
    public void install(RoutesConfig routes, OfficeParts parts) {
        var c = parts.components();
        InspectionLoader loader = InspectionLoader.withFigures(c);
        VerificationLinks links = new VerificationLinks(c.db().dialect());
        CjkFont font = CjkFont.system();
        ReportPdf pdf = new ReportPdf(font);
        routes.get("/office/inspections/{id}/report", ctx -> {
            HandoverReport report = report(ctx, parts, loader, links);
            PageContext page = parts.web().page(ctx, "projects", "report.title", report.unit());
            parts.web().render(ctx, "report.jte", page, new View(report, font.available(), Ids.path(ctx, "id")));
        });
        routes.get("/office/inspections/{id}/report.pdf", ctx -> {
            if (!font.available()) {
                throw OfficeHalt.page(503, "report.noFont");
            }
            HandoverReport report = report(ctx, parts, loader, links);
            PageContext page = parts.web().page(ctx, "projects", "report.title", report.unit());
            Map<String, byte[]> cache = new HashMap<>();
            byte[] bytes = pdf.render(report, page.msg(), sha -> cache.computeIfAbsent(sha, s -> c.db().read(conn ->
                    c.photos().blob(conn, s)).map(info -> c.blobs().read(s, 0, (int) info.size())).orElse(null)));
            String name = "handover-" + report.unit() + ".pdf";
            ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                    + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
            ctx.contentType("application/pdf").result(bytes);
        });
    }

    private static HandoverReport report(Context ctx, OfficeParts parts, InspectionLoader loader, VerificationLinks links) {
        UUID id = Ids.path(ctx, "id");
        var c = parts.components();
        PageContext page = parts.web().page(ctx, "projects", "report.title", "");
        var names = parts.names();
        InspectionView view = c.db().read(conn -> loader.load(conn, id, names, page.lang())).orElseThrow(OfficeHalt::notFound);
        if (view.state().signOff() == null) {
            throw OfficeHalt.page(409, "report.notSigned");
        }
        String code = c.db().write(conn -> links.codeFor(conn, id, c.clock().millis()));
        return HandoverReport.of(view, page.msg(), parts.settings().zone(), PublicVerifyPage.url(ctx, code), code);
    }
}
