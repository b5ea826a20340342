package com.handover.server.office.repair.templates;

import com.handover.server.office.OfficeParts;
import com.handover.server.office.web.OfficeWeb;
import com.handover.server.reference.TemplateStore;
import com.handover.model.DeliveryStandard;
import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.RoomTemplate;
import com.handover.model.site.UnitType;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.query.People;
import com.handover.server.office.repair.Forms;
import com.handover.server.office.repair.csv.Csv;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import com.handover.server.web.AsciiNumbers;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 模板: the published checklist templates (each developer's 交付标准), import of a new version from CSV or Excel
 * into a draft, editing the draft's items, publishing it as the next version, and the unit types' floor plans.
 */
public final class TemplatePages {

    static final String BASE = "/office/repair/templates";
    /** Largest template file accepted for import. */
    public static final int MAX_IMPORT_BYTES = 1024 * 1024;

    public record UnitTypeLine(UnitType type, String project) {
    }

    public record View(List<TemplateStore.Published> published, List<TemplateStore.Draft> drafts,
                       List<UnitTypeLine> unitTypes, String errorKey, String errorDetail, String messageKey,
                       ChecklistNames names, People people) {

        /** The rooms of a unit type by name, joined with {@code separator} ("客厅/餐厅、卧室 1、卧室 2"). */
        public String rooms(UnitType type, String separator) {
            return type.rooms().stream().map(names::room).collect(Collectors.joining(separator));
        }
    }

    public record DraftView(TemplateStore.Draft draft, ChecklistCatalog catalog, String errorKey, String errorDetail) {
    }

    public record ItemView(String code, RoomTemplate room, ChecklistItem item, ChecklistCatalog catalog, String errorKey) {
    }

    private final OfficeParts parts;
    private final FloorPlans floorPlans;

    public TemplatePages(OfficeParts parts) {
        this.parts = parts;
        this.floorPlans = new FloorPlans(parts.components());
    }

    public void install(RoutesConfig routes) {
        routes.get(BASE, ctx -> page(ctx, null, null, ctx.queryParam("published") != null ? "templates.published.ok" : null, 200));
        routes.post(BASE + "/import", this::importFile);
        routes.get(BASE + "/{code}/v{version}.csv", ctx -> export(ctx, false));
        routes.get(BASE + "/{code}/v{version}.xlsx", ctx -> export(ctx, true));
        routes.post(BASE + "/{code}/draft/new", this::newDraft);
        routes.get(BASE + "/{code}/draft", ctx -> draftPage(ctx, null, null, 200));
        routes.get(BASE + "/{code}/draft/items/{item}", ctx -> itemPage(ctx, null, 200));
        routes.post(BASE + "/{code}/draft/items/{item}", this::saveItem);
        routes.post(BASE + "/{code}/draft/discard", this::discard);
        routes.post(BASE + "/{code}/publish", this::publish);
        routes.post("/office/repair/unit-types/{id}/floor-plan", this::uploadFloorPlan);
        routes.get("/office/repair/unit-types/{id}/floor-plan", this::showFloorPlan);
    }

    private void page(Context ctx, String errorKey, String detail, String messageKey, int status) {
        PageContext page = parts.web().page(ctx, "templates", "templates.title");
        List<TemplateStore.Draft> drafts = new ArrayList<>();
        for (DeliveryStandard s : DeliveryStandard.values()) {
            parts.templates().draft(s.name()).ifPresent(drafts::add);
        }
        People people = parts.components().db().read(People::load);
        List<UnitTypeLine> types = parts.components().db().read(c -> {
            List<UnitTypeLine> out = new ArrayList<>();
            for (var p : parts.components().sites().projects(c)) {
                for (UnitType t : parts.components().sites().unitTypes(c, p.id())) {
                    out.add(new UnitTypeLine(t, p.name()));
                }
            }
            return out;
        });
        ctx.status(status);
        parts.web().render(ctx, "repair/templates.jte", page, new View(parts.templates().published(), drafts, types,
                errorKey, detail, messageKey, parts.names(page.lang()), people));
    }

    private static String code(Context ctx) {
        String code = ctx.pathParam("code");
        try {
            return DeliveryStandard.valueOf(code).name();
        } catch (IllegalArgumentException e) {
            throw OfficeHalt.notFound();
        }
    }

    private void export(Context ctx, boolean excel) {
        String code = code(ctx);
        int version = (int) AsciiNumbers.parse(ctx.pathParam("version"), 6).orElseThrow(OfficeHalt::notFound);
        ChecklistTemplate t = parts.templates().catalog().template(code, version).orElseThrow(OfficeHalt::notFound);
        List<List<String>> rows = TemplateSheet.rows(t);
        String name = code.toLowerCase(Locale.ROOT) + "-v" + version;
        ctx.header("Cache-Control", "no-store");
        if (excel) {
            ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            ctx.result(TemplateXlsx.write(rows, code));
        } else {
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            ctx.result(Csv.write(rows).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void importFile(Context ctx) {
        DeliveryStandard standard;
        try {
            standard = Forms.choice(ctx.formParam("code"), DeliveryStandard.class, "code", true);
        } catch (Forms.FormException e) {
            page(ctx, "templates.import.noCode", null, null, 400);
            return;
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            page(ctx, "templates.import.noFile", null, null, 400);
            return;
        }
        if (file.size() > MAX_IMPORT_BYTES) {
            page(ctx, "templates.import.tooLarge", null, null, 413);
            return;
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readNBytes(MAX_IMPORT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChecklistCatalog catalog = parts.templates().catalog();
        ChecklistTemplate latest = catalog.latest(standard).orElseThrow();
        ChecklistTemplate draft;
        try {
            List<List<String>> sheet = isZip(bytes) ? TemplateXlsx.read(bytes) : Csv.parse(utf8(bytes), TemplateSheet.MAX_ROWS + 1);
            draft = TemplateSheet.parse(sheet, standard.name(), latest.version() + 1, latest.nameZh(), latest.nameEn(),
                    latest.seedForm());
            catalog.vocabulary().checkReferences(draft);
        } catch (IllegalArgumentException e) {
            page(ctx, "templates.import.invalid", e.getMessage(), null, 400);
            return;
        }
        String source = file.filename() == null ? null : file.filename().length() > 200
                ? file.filename().substring(0, 200) : file.filename();
        parts.templates().saveDraft(draft, latest.version(), source, parts.actor(ctx).username(),
                parts.components().clock().millis());
        throw OfficeHalt.redirect(BASE + "/" + standard.name() + "/draft");
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TemplateSheet.SheetException("the file is not UTF-8 text; save the CSV as \"CSV UTF-8\"");
        }
    }

    private void newDraft(Context ctx) {
        String code = code(ctx);
        ChecklistTemplate latest = parts.templates().catalog().latest(code).orElseThrow(OfficeHalt::notFound);
        if (parts.templates().draft(code).isEmpty()) {
            parts.templates().saveDraft(latest, latest.version(), null, parts.actor(ctx).username(),
                    parts.components().clock().millis());
        }
        throw OfficeHalt.redirect(BASE + "/" + code + "/draft");
    }

    private void draftPage(Context ctx, String errorKey, String detail, int status) {
        String code = code(ctx);
        TemplateStore.Draft draft = parts.templates().draft(code).orElseThrow(OfficeHalt::notFound);
        PageContext page = parts.web().page(ctx, "templates", "templates.draft.title",
                OfficeWeb.messages(ctx).t("templates.code." + code));
        ctx.status(status);
        parts.web().render(ctx, "repair/template-draft.jte", page, new DraftView(draft, parts.templates().catalog(),
                errorKey, detail));
    }

    private void itemPage(Context ctx, String errorKey, int status) {
        String code = code(ctx);
        TemplateStore.Draft draft = parts.templates().draft(code).orElseThrow(OfficeHalt::notFound);
        String itemCode = ctx.pathParam("item");
        RoomTemplate room = draft.template().rooms().stream()
                .filter(r -> r.items().stream().anyMatch(i -> i.code().equals(itemCode))).findFirst()
                .orElseThrow(OfficeHalt::notFound);
        ChecklistItem item = room.items().stream().filter(i -> i.code().equals(itemCode)).findFirst().orElseThrow();
        PageContext probe = parts.web().page(ctx, "templates", "templates.title");
        PageContext page = parts.web().page(ctx, "templates", "templates.item.title",
                probe.zh() ? item.nameZh() : item.nameEn());
        ctx.status(status);
        parts.web().render(ctx, "repair/template-item.jte", page, new ItemView(code, room, item,
                parts.templates().catalog(), errorKey));
    }

    private void saveItem(Context ctx) {
        String code = code(ctx);
        TemplateStore.Draft draft = parts.templates().draft(code).orElseThrow(OfficeHalt::notFound);
        String itemCode = ctx.pathParam("item");
        ChecklistTemplate t = draft.template();
        ChecklistTemplate edited;
        try {
            List<RoomTemplate> rooms = new ArrayList<>();
            boolean found = false;
            for (RoomTemplate r : t.rooms()) {
                List<ChecklistItem> items = new ArrayList<>();
                for (ChecklistItem i : r.items()) {
                    if (i.code().equals(itemCode)) {
                        found = true;
                        items.add(new ChecklistItem(i.code(),
                                Forms.text(ctx.formParam("nameZh"), "nameZh", 200, true),
                                Forms.text(ctx.formParam("nameEn"), "nameEn", 200, true),
                                Forms.text(ctx.formParam("method"), "method", 64, true),
                                Forms.text(ctx.formParam("criterionZh"), "criterionZh", 2_000, true),
                                Forms.text(ctx.formParam("criterionEn"), "criterionEn", 2_000, true),
                                Forms.text(ctx.formParam("warrantyCategory"), "warrantyCategory", 64, true),
                                Forms.text(ctx.formParam("trade"), "trade", 64, true),
                                Forms.text(ctx.formParam("reference"), "reference", 200, false),
                                i.tolerance(), i.verification()));
                    } else {
                        items.add(i);
                    }
                }
                rooms.add(new RoomTemplate(r.code(), r.nameZh(), r.nameEn(), r.repeatable(), r.wholeUnit(), items));
            }
            if (!found) {
                throw OfficeHalt.notFound();
            }
            edited = new ChecklistTemplate(t.code(), t.version(), t.nameZh(), t.nameEn(), t.seedForm(), rooms);
            parts.templates().catalog().vocabulary().checkReferences(edited);
        } catch (Forms.FormException e) {
            itemPage(ctx, e.getMessage(), 400);
            return;
        } catch (IllegalArgumentException e) {
            itemPage(ctx, "repair.form.invalid", 400);
            return;
        }
        parts.templates().saveDraft(edited, draft.basedOn(), draft.sourceName(), parts.actor(ctx).username(),
                parts.components().clock().millis());
        throw OfficeHalt.redirect(BASE + "/" + code + "/draft");
    }

    private void discard(Context ctx) {
        parts.templates().discardDraft(code(ctx));
        throw OfficeHalt.redirect(BASE);
    }

    private void publish(Context ctx) {
        String code = code(ctx);
        try {
            parts.templates().publish(code, parts.actor(ctx).username(), parts.components().clock().millis());
        } catch (IllegalStateException e) {
            throw OfficeHalt.notFound();
        } catch (IllegalArgumentException e) {
            draftPage(ctx, "templates.publish.invalid", e.getMessage(), 400);
            return;
        }
        throw OfficeHalt.redirect(BASE + "?published=" + code);
    }

    private void showFloorPlan(Context ctx) {
        UUID id;
        try {
            id = Forms.uuid(ctx.pathParam("id"), "id", true);
        } catch (Forms.FormException e) {
            throw OfficeHalt.notFound();
        }
        FloorPlans.Image image = floorPlans.image(id).orElseThrow(OfficeHalt::notFound);
        ctx.contentType(image.contentType());
        ctx.header("Cache-Control", "private, max-age=86400");
        ctx.result(image.bytes());
    }

    private void uploadFloorPlan(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        String result;
        try {
            result = floorPlans.upload(Forms.uuid(ctx.pathParam("id"), "id", true), file);
        } catch (Forms.FormException e) {
            throw OfficeHalt.notFound();
        }
        if (result != null) {
            page(ctx, result, null, null, result.equals("templates.floorPlan.noType") ? 404 : 400);
            return;
        }
        throw OfficeHalt.redirect(BASE + "#floor-plans");
    }
}
