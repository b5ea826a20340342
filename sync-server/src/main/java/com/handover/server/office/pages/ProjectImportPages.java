package com.handover.server.office.pages;

import com.handover.model.json.BundledChecklists;
import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.web.PageContext;
import com.handover.server.setup.imports.ImportMessages;
import com.handover.server.setup.imports.ImportRefused;
import com.handover.server.setup.imports.ImportTemplate;
import com.handover.server.setup.imports.ProjectImport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The project import page (admin only: it lives under /office/admin): the template to download, the upload, and
 * either what was imported or every problem of the file.
 */
public final class ProjectImportPages implements OfficePageGroup {

    public static final String PATH = "/office/admin/import";

    public record View(String errorKey, List<String> problems, ProjectImport.Summary summary) {
    }

    @Override
    public void install(RoutesConfig routes, OfficeParts parts) {
        ProjectImport imports = new ProjectImport(parts.components(), BundledChecklists.catalog().vocabulary());
        routes.get(PATH, ctx -> show(ctx, parts, new View(null, List.of(), null), 200));
        routes.get(PATH + "/template.xlsx", ctx -> download(ctx, "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ImportTemplate.example().xlsx()));
        routes.get(PATH + "/template.csv", ctx -> download(ctx, "csv", "text/csv; charset=utf-8",
                ImportTemplate.example().csv()));
        routes.post(PATH, ctx -> upload(ctx, parts, imports));
    }

    private static void download(Context ctx, String ext, String type, byte[] bytes) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"project-import-template." + ext + "\"");
        ctx.result(bytes);
    }

    private void upload(Context ctx, OfficeParts parts, ProjectImport imports) {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            show(ctx, parts, new View("import.noFile", List.of(), null), 400);
            return;
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readNBytes(ProjectImport.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PageContext probe = parts.web().page(ctx, "import", "import.title");
        try {
            show(ctx, parts, new View(null, List.of(), imports.importBytes(bytes)), 200);
        } catch (ImportRefused e) {
            show(ctx, parts, new View(null, ImportMessages.texts(e.problems(), probe.msg()), null), 400);
        }
    }

    private static void show(Context ctx, OfficeParts parts, View view, int status) {
        PageContext page = parts.web().page(ctx, "import", "import.title");
        ctx.status(status);
        parts.web().render(ctx, "project-import.jte", page, view);
    }
}
