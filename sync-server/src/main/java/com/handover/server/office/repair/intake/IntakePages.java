package com.handover.server.office.repair.intake;

import com.handover.server.office.OfficeParts;
import com.handover.server.office.disputes.ComplaintFilter;
import com.handover.server.office.disputes.ComplaintHandlingRoutes;
import com.handover.server.office.query.People;
import com.handover.model.ComplaintCategory;
import com.handover.model.ComplaintStatus;
import com.handover.model.IntakeChannel;
import com.handover.model.Role;
import com.handover.model.Severity;
import com.handover.model.WorkOrderStatus;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.RoomKey;
import com.handover.model.checklist.WarrantyCategory;
import com.handover.model.site.Contractor;
import com.handover.model.site.UnitType;
import com.handover.model.warranty.WarrantyCheckResult;
import com.handover.server.clock.HandoverDates;
import com.handover.server.clock.RepairClock;
import com.handover.server.office.query.Site;
import com.handover.server.office.query.SiteQueries;
import com.handover.server.office.repair.Forms;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 受理: find the unit (building + number), take the request, see the warranty answer and the new work order at
 * once; then answer within 24 h and record the return visit.
 */
public final class IntakePages {

    static final String BASE = "/office/repair/intake";
    static final String COMPLAINT = "/office/repair/complaints/";
    private static final int MAX_TEXT = 2_000;

    private final OfficeParts parts;
    private final IntakeQueries queries;
    private final SiteQueries sites;

    public IntakePages(OfficeParts parts) {
        this.parts = parts;
        this.queries = new IntakeQueries(parts.components().db());
        this.sites = new SiteQueries(parts.components().sites());
    }

    public void install(RoutesConfig routes) {
        routes.get(BASE, this::page);
        routes.post(BASE, this::take);
        routes.get(BASE + "/warranty", this::warrantyFragment);
        routes.get(COMPLAINT + "{id}", this::complaint);
        routes.post(COMPLAINT + "{id}/answer", this::answer);
        routes.post(COMPLAINT + "{id}/revisit", this::revisit);
        new ComplaintHandlingRoutes(parts, this::showComplaint).install(routes);
    }

    private void page(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        render(ctx, values, null, null, 200);
    }

    private void render(Context ctx, Map<String, String> values, String errorKey, String errorField, int status) {
        PageContext page = parts.web().page(ctx, "intake", "intake.title");
        UUID building = safeUuid(values.get("building"));
        String number = values.getOrDefault("number", "");
        boolean searched = building != null;
        List<IntakeQueries.UnitMatch> matches = searched
                ? queries.findUnits(building, number.length() > 32 ? number.substring(0, 32) : number) : List.of();
        UUID unitId = safeUuid(values.get("unit"));
        IntakeViews.UnitForm unit = unitId == null ? null : unitForm(unitId, page.zh());
        Instant now = parts.components().clock().instant();
        RepairClock clock = parts.clocks().repairClock();
        List<IntakeViews.ComplaintRow> complaints = new ArrayList<>();
        ComplaintFilter filter = ComplaintFilter.of(values.get("department"), values.get("major"),
                values.get("validity"));
        for (IntakeQueries.ComplaintEntry e : queries.complaints(filter)) {
            Instant due = clock.complaints().complaintAnswerDeadline(e.complaint().receivedAt());
            boolean late = clock.complaints().answeredLate(e.complaint().receivedAt(), e.complaint().answeredAt(), now);
            complaints.add(new IntakeViews.ComplaintRow(e, due, late,
                    e.workOrder() == null ? null : clock.status(e.workOrder(), now)));
        }
        ctx.status(status);
        String field = errorField == null || page.msg().has("intake.field." + errorField) ? errorField : "form";
        parts.web().render(ctx, "repair/intake.jte", page, new IntakeViews.Intake(queries.buildings(), building, number,
                matches, searched, unit, values, errorKey, field, complaints, filter));
    }

    private IntakeViews.UnitForm unitForm(UUID unitId, boolean zh) {
        Site site = parts.components().db().read(c -> sites.site(c, unitId)).orElseThrow(OfficeHalt::notFound);
        List<String> roomKeys = parts.components().db().read(c -> parts.components().sites().unitTypes(c,
                        site.project().id())).stream().filter(t -> t.id().equals(site.unit().unitTypeId()))
                .findFirst().map(UnitType::rooms).orElse(List.of());
        ChecklistTemplate template = parts.templates().catalog().latest(site.unit().deliveryStandard()).orElse(null);
        List<IntakeViews.Choice> rooms = roomKeys.stream()
                .map(k -> new IntakeViews.Choice(k, roomLabel(template, k, zh))).toList();
        List<IntakeViews.Choice> categories = new ArrayList<>();
        LocalDate today = parts.components().clock().instant().atZone(parts.clocks().settings().zone()).toLocalDate();
        for (WarrantyCategory wc : parts.clocks().warrantyRules().policyOn(today).categories()) {
            categories.add(new IntakeViews.Choice(wc.code(), zh ? wc.nameZh() : wc.nameEn()));
        }
        LocalDate handover = parts.components().db().read(c -> parts.clocks().handovers().of(c, List.of(unitId)))
                .values().stream().map(HandoverDates.Handover::date).findFirst().orElse(null);
        List<IntakeViews.Choice> repairers = parts.components().db().read(c -> parts.components().accounts()
                .listUsers(c)).stream().filter(u -> u.role() == Role.MAINTENANCE)
                .map(u -> new IntakeViews.Choice(u.username(), u.displayName())).toList();
        return new IntakeViews.UnitForm(site, rooms, categories, handover, repairers);
    }

    /** "卫生间 1" for BATHROOM-1, from the unit's template; the key itself when the template lacks the room. */
    public static String roomLabel(ChecklistTemplate template, String key, boolean zh) {
        return template == null ? key : template.roomOfKey(key)
                .map(r -> (zh ? r.nameZh() : r.nameEn()) + RoomKey.parse(key).nameSuffix()).orElse(key);
    }

    private void take(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : List.of("unit", "kind", "channel", "category", "room", "warrantyCategory", "description",
                "urgency", "callerName", "callerPhone", "estimatedCost", "assignee")) {
            String v = ctx.formParam(f);
            values.put(f, v == null ? "" : v);
        }
        IntakeOutcome outcome;
        try {
            UUID unit = Forms.uuid(values.get("unit"), "unit", true);
            IntakeRequest.Kind kind = Forms.choice(values.get("kind"), IntakeRequest.Kind.class, "kind", true);
            IntakeRequest request = new IntakeRequest(unit, kind,
                    Forms.choice(values.get("channel"), IntakeChannel.class, "channel", true),
                    Forms.choice(values.get("category"), ComplaintCategory.class, "category", true),
                    Forms.text(values.get("room"), "room", 32, false),
                    Forms.text(values.get("warrantyCategory"), "warrantyCategory", 64, kind == IntakeRequest.Kind.REPAIR),
                    Forms.text(values.get("description"), "description", MAX_TEXT, true),
                    Forms.choice(values.get("urgency"), Severity.class, "urgency", true),
                    Forms.text(values.get("callerName"), "callerName", 200, false),
                    Forms.text(values.get("callerPhone"), "callerPhone", 32, false),
                    Forms.yuanAsFen(values.get("estimatedCost"), "estimatedCost"),
                    Forms.text(values.get("assignee"), "assignee", 64, false));
            outcome = parts.intake().take(request, parts.actor(ctx));
        } catch (Forms.FormException e) {
            render(ctx, values, e.getMessage(), e.field(), 400);
            return;
        } catch (IntakeService.IntakeException e) {
            render(ctx, values, "repair.form.invalid", e.field(), 400);
            return;
        }
        throw OfficeHalt.redirect(COMPLAINT + outcome.complaintId() + "?taken=1");
    }

    private void warrantyFragment(Context ctx) {
        PageContext page = parts.web().page(ctx, "intake", "intake.title");
        UUID unitId = safeUuid(ctx.queryParam("unit"));
        String category = ctx.queryParam("warrantyCategory");
        IntakeViews.Warranty view = null;
        if (unitId != null && category != null && category.matches("[A-Z][A-Z0-9_]{0,63}")) {
            Site site = parts.components().db().read(c -> sites.site(c, unitId)).orElseThrow(OfficeHalt::notFound);
            LocalDate today = parts.components().clock().instant().atZone(parts.clocks().settings().zone()).toLocalDate();
            try {
                WarrantyCheckResult r = parts.intake().warranty(site, category, today);
                view = new IntakeViews.Warranty(r, r.explanation(page.locale()));
            } catch (IntakeService.IntakeException e) {
                view = null;
            }
        }
        ctx.html(parts.web().renderer().render("repair/warranty.jte", Map.of("page", page, "view",
                view == null ? new IntakeViews.Warranty(null, "") : view)));
    }

    private void complaint(Context ctx) {
        showComplaint(ctx, null, 200);
    }

    private void showComplaint(Context ctx, String errorKey, int status) {
        UUID id = safeUuid(ctx.pathParam("id"));
        if (id == null) {
            throw OfficeHalt.notFound();
        }
        IntakeQueries.ComplaintEntry e = queries.complaint(id).orElseThrow(OfficeHalt::notFound);
        PageContext page = parts.web().page(ctx, "intake", "intake.complaint.title", e.unitLabel());
        Instant now = parts.components().clock().instant();
        RepairClock clock = parts.clocks().repairClock();
        WarrantyCheckResult warranty = null;
        String trade = null;
        String contractor = null;
        if (e.workOrder() != null && e.workOrder().warrantyCategory() != null) {
            Site site = parts.components().db().read(c -> sites.site(c, e.complaint().unitId())).orElseThrow();
            LocalDate reported = e.complaint().receivedAt().atZone(parts.clocks().settings().zone()).toLocalDate();
            try {
                warranty = parts.intake().warranty(site, e.workOrder().warrantyCategory(), reported);
            } catch (IntakeService.IntakeException ignored) {
                warranty = null;
            }
            ChecklistTemplate t = parts.templates().catalog().latest(site.unit().deliveryStandard()).orElse(null);
            trade = t == null ? null : ResponsibleTrade.trade(t, e.complaint().room(), e.workOrder().warrantyCategory())
                    .orElse(null);
        }
        if (e.workOrder() != null && e.workOrder().contractorId() != null) {
            contractor = parts.components().db().read(c -> parts.components().sites().contractors(c)).stream()
                    .filter(k -> k.id().equals(e.workOrder().contractorId())).map(Contractor::name).findFirst()
                    .orElse(null);
        }
        boolean revisitDue = e.complaint().status() != ComplaintStatus.CLOSED && (e.workOrder() == null
                ? e.complaint().status() == ComplaintStatus.ANSWERED
                : e.workOrder().status() == WorkOrderStatus.CONFIRMED || e.workOrder().status() == WorkOrderStatus.SETTLED);
        ctx.status(status);
        parts.web().render(ctx, "repair/complaint.jte", page, new IntakeViews.Complaint(e, warranty,
                warranty == null ? null : warranty.explanation(page.locale()),
                clock.complaints().complaintAnswerDeadline(e.complaint().receivedAt()),
                clock.complaints().answeredLate(e.complaint().receivedAt(), e.complaint().answeredAt(), now),
                e.workOrder() == null ? null : clock.status(e.workOrder(), now), contractor, trade,
                e.workOrder() == null ? null : clock.status(e.workOrder(), now).deadline().rule()
                        .text(clock.policy(), page.locale()), errorKey, revisitDue,
                ctx.queryParam("taken") != null, parts.names(page.lang()),
                parts.components().db().read(People::load)));
    }

    private void answer(Context ctx) {
        UUID id = safeUuid(ctx.pathParam("id"));
        try {
            String answer = Forms.text(ctx.formParam("answer"), "answer", MAX_TEXT, true);
            parts.intake().answer(id, answer, parts.actor(ctx));
        } catch (Forms.FormException e) {
            showComplaint(ctx, e.getMessage(), 400);
            return;
        } catch (IntakeService.IntakeException e) {
            showComplaint(ctx, "intake.error.notNow", 409);
            return;
        }
        throw OfficeHalt.redirect(COMPLAINT + id);
    }

    private void revisit(Context ctx) {
        UUID id = safeUuid(ctx.pathParam("id"));
        try {
            int satisfaction = Forms.integer(ctx.formParam("satisfaction"), "satisfaction", 1, 5);
            String note = Forms.text(ctx.formParam("note"), "note", MAX_TEXT, false);
            parts.intake().revisit(id, satisfaction, note, parts.actor(ctx));
        } catch (Forms.FormException e) {
            showComplaint(ctx, e.getMessage(), 400);
            return;
        } catch (IntakeService.IntakeException e) {
            showComplaint(ctx, "intake.error.notNow", 409);
            return;
        }
        throw OfficeHalt.redirect(COMPLAINT + id);
    }

    static UUID safeUuid(String text) {
        try {
            return Forms.uuid(text, "id", false);
        } catch (Forms.FormException e) {
            return null;
        }
    }
}
