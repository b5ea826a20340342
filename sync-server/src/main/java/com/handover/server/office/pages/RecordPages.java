package com.handover.server.office.pages;

import static com.handover.server.setup.imports.ImportSheets.*;

import com.handover.model.checklist.ChecklistVocabulary;
import com.handover.model.checklist.WarrantyCategory;
import com.handover.model.json.BundledChecklists;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.repair.templates.FloorPlans;
import com.handover.server.office.web.Ids;
import com.handover.server.office.web.Messages;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import com.handover.server.setup.imports.ImportMessages;
import com.handover.server.setup.imports.SiteIds;
import com.handover.server.setup.records.RecordEdits;
import com.handover.server.setup.records.RecordForms;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The imported set-up records one by one: the project, its agreed warranty periods, buildings, 户型, units,
 * contractors and the contractor responsible per trade per building. Office staff view them; an administrator
 * edits them (the form posts under /office/admin). Every edit is checked by the import's own rules and written
 * by the import, so a refused edit stores nothing and an accepted one keeps the record's id and history.
 */
public final class RecordPages implements OfficePageGroup {

    /** The project's records; {@code periodErrors} by category name. */
    public record RecordsView(Project project, Map<String, List<Map<String, String>>> sheets,
                              List<WarrantyCategory> categories, Map<String, String> periods,
                              Map<String, String> periodErrors, List<String> errors, boolean admin, String notice,
                              ChecklistNames names) {

        public String link(String kind, Map<String, String> row) {
            return RecordPages.link(project.id(), RecordForms.form(kind).orElseThrow().key(row), kind);
        }

        /** The units' records per building, buildings and units in sheet order. */
        public Map<String, List<Map<String, String>>> unitsByBuilding() {
            Map<String, List<Map<String, String>>> byBuilding = new LinkedHashMap<>();
            sheets.get(UNITS).forEach(r -> byBuilding.computeIfAbsent(r.get(BUILDING), b -> new ArrayList<>()).add(r));
            return byBuilding;
        }

        public String typeName(String code) {
            return sheets.get(UNIT_TYPES).stream().filter(r -> code.equals(r.get(TYPE_CODE)))
                    .map(r -> r.get(TYPE_NAME)).findFirst().orElse(code);
        }

        /** A trade by its name in the page's language (the sheet keeps its code). */
        public String tradeName(String code) {
            return names.trade(code);
        }

        /** A warranty category by its name in the page's language (the sheet keeps the Chinese one). */
        public String categoryName(WarrantyCategory c) {
            return names.category(c.code());
        }

        public String minimum(WarrantyCategory c, Messages msg) {
            return c.contractorPeriod() == null ? "—" : msg.period(c.contractorPeriod());
        }
    }

    /** One record's form; {@code errors} by column. */
    public record EditView(Project project, RecordForms.Form form, String key, Map<String, String> values,
                           Map<String, String> errors, List<String> others, boolean admin,
                           Map<String, List<String>> choices, Map<String, String> typeNames, UUID unitId,
                           boolean saved, ChecklistNames names, boolean hasFloorPlan) {

        /** A 户型 choice or key by its name, a trade by its name in the page's language, other values as they are. */
        public String choiceLabel(String column, String choice) {
            if (column.equals(TRADE)) {
                return names.trade(choice);
            }
            return column.equals(TYPE_CODE) ? typeNames.getOrDefault(choice, choice) : choice;
        }

        /** The 户型 this form edits (kind "type"). */
        public UUID typeId() {
            return SiteIds.unitType(project.code(), key);
        }

        public String action() {
            return "/office/admin/projects/" + project.id() + "/records/" + form.kind() + "?key="
                    + URLEncoder.encode(key, StandardCharsets.UTF_8);
        }
    }

    private final ChecklistVocabulary vocabulary = BundledChecklists.catalog().vocabulary();

    @Override
    public void install(RoutesConfig routes, OfficeParts parts) {
        RecordEdits edits = new RecordEdits(parts.components(), vocabulary);
        routes.get("/office/projects/{id}/records", ctx -> records(ctx, parts, edits, Map.of(), List.of(), 200));
        routes.get("/office/projects/{id}/records/{kind}", ctx -> edit(ctx, parts, edits, null, null, 200));
        routes.post("/office/admin/projects/{id}/records/periods", ctx -> savePeriods(ctx, parts, edits));
        routes.post("/office/admin/projects/{id}/records/{kind}", ctx -> save(ctx, parts, edits));
    }

    /** The address of one record's edit page; {@code key} is its natural key (e.g. 楼栋|房号 for a unit). */
    public static String link(UUID project, String key, String kind) {
        return "/office/projects/" + project + "/records/" + kind + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    private Project project(OfficeParts parts, UUID id) {
        return parts.components().db().read(c -> parts.components().sites().project(c, id))
                .orElseThrow(OfficeHalt::notFound);
    }

    private void records(Context ctx, OfficeParts parts, RecordEdits edits, Map<String, String> periodErrors,
                         List<String> errors, int status) {
        UUID id = Ids.path(ctx, "id");
        Project project = project(parts, id);
        var sheets = edits.sheets(id).orElseThrow(OfficeHalt::notFound);
        Map<String, String> periods = new LinkedHashMap<>();
        sheets.get(WARRANTY).forEach(r -> periods.put(r.get(CATEGORY), r.get(PERIOD)));
        if (status != 200) {
            vocabulary.warrantyCategories().forEach(c -> periods.put(c.nameZh(), ctx.formParam("p-" + c.code())));
        }
        PageContext page = parts.web().page(ctx, "projects", "records.title");
        ctx.status(status);
        parts.web().render(ctx, "records.jte", page, new RecordsView(project, sheets, vocabulary.warrantyCategories(),
                periods, periodErrors, errors, page.session().isAdmin(), ctx.queryParam("saved"),
                parts.names(page.lang())));
    }

    private void savePeriods(Context ctx, OfficeParts parts, RecordEdits edits) {
        UUID id = Ids.path(ctx, "id");
        project(parts, id);
        Map<String, String> entered = new LinkedHashMap<>();
        vocabulary.warrantyCategories().forEach(c -> entered.put(c.nameZh(), ctx.formParam("p-" + c.code())));
        Optional<RecordEdits.Refusal> refused = edits.applyPeriods(id, entered);
        if (refused.isEmpty()) {
            throw OfficeHalt.redirect("/office/projects/" + id + "/records?saved=periods");
        }
        PageContext page = parts.web().page(ctx, "projects", "records.title");
        Map<String, String> byCategory = new LinkedHashMap<>();
        refused.get().byColumn().forEach((category, p) -> byCategory.put(category, page.msg().t(p.key(), p.args().toArray())));
        records(ctx, parts, edits, byCategory, ImportMessages.texts(refused.get().others(), page.msg()), 400);
    }

    private void edit(Context ctx, OfficeParts parts, RecordEdits edits, Map<String, String> entered,
                      RecordEdits.Refusal refusal, int status) {
        UUID id = Ids.path(ctx, "id");
        Project project = project(parts, id);
        RecordForms.Form form = RecordForms.form(ctx.pathParam("kind")).orElseThrow(OfficeHalt::notFound);
        String key = Optional.ofNullable(ctx.queryParam("key")).orElse("");
        var sheets = edits.sheets(id).orElseThrow(OfficeHalt::notFound);
        Map<String, String> values = new LinkedHashMap<>(sheets.get(form.sheet()).stream()
                .filter(r -> form.selects(r, key)).findFirst().orElseThrow(OfficeHalt::notFound));
        if (entered != null) {
            values.putAll(entered);
        }
        PageContext page = parts.web().page(ctx, "projects", "records.edit." + form.kind());
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> others = List.of();
        if (refusal != null) {
            refusal.byColumn().forEach((column, p) -> errors.put(column, page.msg().t(p.key(), p.args().toArray())));
            others = ImportMessages.texts(refusal.others(), page.msg());
        }
        ctx.status(status);
        parts.web().render(ctx, "record-edit.jte", page, new EditView(project, form, key, values, errors, others,
                page.session().isAdmin(), choices(sheets), typeNames(sheets), unitId(parts, id, form, values),
                refusal == null && "1".equals(ctx.queryParam("saved")), parts.names(page.lang()),
                form.kind().equals("type")
                        && new FloorPlans(parts.components()).has(SiteIds.unitType(project.code(), key))));
    }

    private static Map<String, List<String>> choices(Map<String, List<Map<String, String>>> sheets) {
        return Map.of(TYPE_CODE, sheets.get(UNIT_TYPES).stream().map(r -> r.get(TYPE_CODE)).toList(),
                CONTRACTOR, sheets.get(CONTRACTORS).stream().map(r -> r.get(CONTRACTOR)).distinct().toList(),
                STANDARD, List.of("FINISHED", "BARE_SHELL"));
    }

    private static Map<String, String> typeNames(Map<String, List<Map<String, String>>> sheets) {
        Map<String, String> out = new LinkedHashMap<>();
        sheets.get(UNIT_TYPES).forEach(r -> out.put(r.get(TYPE_CODE), r.get(TYPE_NAME)));
        return out;
    }

    private static UUID unitId(OfficeParts parts, UUID projectId, RecordForms.Form form, Map<String, String> values) {
        if (!form.kind().equals("unit")) {
            return null;
        }
        return parts.components().db().read(c -> parts.components().sites().units(c, projectId)).stream()
                .filter(u -> u.number().equals(values.get(UNIT_NUMBER))).map(Unit::id).findFirst().orElse(null);
    }

    private void save(Context ctx, OfficeParts parts, RecordEdits edits) {
        UUID id = Ids.path(ctx, "id");
        project(parts, id);
        RecordForms.Form form = RecordForms.form(ctx.pathParam("kind")).orElseThrow(OfficeHalt::notFound);
        String key = Optional.ofNullable(ctx.queryParam("key")).orElse("");
        Map<String, String> entered = new LinkedHashMap<>();
        for (String column : form.editable()) {
            entered.put(column, Optional.ofNullable(ctx.formParam("f-" + form.editable().indexOf(column))).orElse(""));
        }
        Optional<RecordEdits.Refusal> refused = edits.apply(id, new RecordEdits.Change(form.sheet(),
                row -> form.selects(row, key), entered));
        if (refused.isPresent()) {
            edit(ctx, parts, edits, entered, refused.get(), 400);
            return;
        }
        throw OfficeHalt.redirect(link(id, key, form.kind()) + "&saved=1");
    }
}
