package com.handover.server.office.pages;

import com.handover.server.blob.BlobService;
import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.query.InspectionLoader;
import com.handover.server.office.query.InspectionView;
import com.handover.server.office.query.OpWords;
import com.handover.server.office.verify.RecordCheck;
import com.handover.server.office.web.Ids;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import com.handover.server.store.PhotoCatalog;
import com.handover.server.web.EntityTags;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An inspection: every item by room (failures first), defects with photos, readings, keys, the decision and
 * the signatures, what lies outside the signed record, conflicts, and the verification of the signed hash
 * (recomputed again on request, with htmx). Photos are served from the blob store to signed-in users.
 */
public final class InspectionPage implements OfficePageGroup {

    /** The inspection and the words for the operations it lists. */
    public record View(InspectionView inspection, OpWords words) {
    }

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Override
    public void install(RoutesConfig routes, OfficeParts parts) {
        var c = parts.components();
        InspectionLoader loader = InspectionLoader.withFigures(c);
        routes.get("/office/inspections/{id}", ctx -> {
            UUID id = Ids.path(ctx, "id");
            PageContext probe = parts.web().page(ctx, "projects", "insp.title", "");
            var names = parts.names(probe.lang());
            View view = c.db().read(conn -> {
                InspectionView inspection = loader.load(conn, id, names, probe.lang()).orElseThrow(OfficeHalt::notFound);
                PageContext page = parts.web().page(ctx, "projects", "insp.title", inspection.site().unitLabel());
                return new View(inspection, OpWords.load(conn, c.devices(), c.sites(), page, names));
            });
            PageContext page = parts.web().page(ctx, "projects", "insp.title", view.inspection().site().unitLabel());
            parts.web().render(ctx, "inspection.jte", page, view);
        });
        routes.get("/office/inspections/{id}/verify", ctx -> {
            UUID id = Ids.path(ctx, "id");
            if (ctx.header("HX-Request") == null) {
                // The line alone is what 重新校验 swaps into the page; a browser that opens it gets the page.
                ctx.redirect("/office/inspections/" + id + "#verify-line", HttpStatus.SEE_OTHER);
                return;
            }
            RecordCheck check = c.db().read(conn -> loader.verifier().verify(conn, id));
            PageContext page = parts.web().page(ctx, "projects", "insp.title", "");
            ctx.contentType("text/html; charset=utf-8").result(parts.web().renderer().render("parts/verify-line.jte", Map.of("page", page, "check", check,
                    "inspectionId", id)));
        });
        routes.get("/office/photos/{sha}", ctx -> photo(ctx, parts));
    }

    private static void photo(Context ctx, OfficeParts parts) {
        String sha = ctx.pathParam("sha");
        if (!SHA256.matcher(sha).matches()) {
            throw OfficeHalt.notFound();
        }
        var c = parts.components();
        PhotoCatalog.BlobInfo info = c.db().read(conn -> c.photos().blob(conn, sha)).orElseThrow(OfficeHalt::notFound);
        if (EntityTags.noneMatchHits(ctx.header("If-None-Match"), "\"" + sha + "\"")) {
            ctx.status(304);
            return;
        }
        BlobService blobs = c.blobs();
        byte[] bytes = blobs.read(sha, 0, (int) info.size());
        ctx.header("ETag", "\"" + sha + "\"");
        ctx.header("Cache-Control", "private, max-age=86400, immutable");
        ctx.contentType(info.contentType()).result(bytes);
    }
}
