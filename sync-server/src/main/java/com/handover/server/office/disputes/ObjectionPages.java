package com.handover.server.office.disputes;

import com.handover.model.ObjectionDecision;
import com.handover.model.WorkOrderStatus;
import com.handover.model.site.Contractor;
import com.handover.model.sla.Quarter;
import com.handover.server.clock.report.RepairReports;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.repair.board.WorkOrderBoard;
import com.handover.server.office.repair.Forms;
import com.handover.server.office.web.Ids;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 异议 on a contractor's quarterly settlement: its deductions of the quarter, each with its objection and the
 * decision on it; forms to record an objection and to decide it. A bad form shows the page again with what was
 * wrong and records nothing.
 */
public final class ObjectionPages {

    static final String BASE = "/office/repair/contractors/";
    private static final int MAX_TEXT = 2_000;
    private static final int MAX_NAME = 200;

    /**
     * The page: the contractor, the quarter, its settlement line and its orders, each with what it repaired
     * (order id → room by name and description).
     */
    public record View(Contractor contractor, String quarter, RepairReports.ContractorLine line,
                       List<RepairReports.Line> orders, Map<UUID, String> repaired, String errorKey,
                       String nowLocal) {

        /** Why the page offers no objection form for this order (a text key), or null when it does. */
        public static String noObjectionBecause(RepairReports.Line order) {
            return SettlementObjections.whyNoObjection(WorkOrderStatus.valueOf(order.status()), order.objection(),
                    order.chargebackFen());
        }
    }

    private final OfficeParts parts;
    private final SettlementObjections objections;

    public ObjectionPages(OfficeParts parts) {
        this.parts = parts;
        this.objections = new SettlementObjections(parts.components().db(), parts.clocks());
    }

    public void install(RoutesConfig routes) {
        routes.get(BASE + "{id}/objections", ctx -> show(ctx, null, 200));
        routes.post(BASE + "{id}/objections/{order}/record", this::record);
        routes.post(BASE + "{id}/objections/{order}/decide", this::decide);
    }

    private void show(Context ctx, String errorKey, int status) {
        UUID id = Ids.path(ctx, "id");
        Contractor k = parts.components().db().read(c -> parts.components().sites().contractors(c)).stream()
                .filter(x -> x.id().equals(id)).findFirst().orElseThrow(OfficeHalt::notFound);
        Quarter q = quarter(param(ctx, "quarter"));
        RepairReports.Settlement s = parts.clocks().reports().settlement(q);
        RepairReports.ContractorLine line = s.contractors().stream().filter(l -> l.contractorId().equals(id))
                .findFirst().orElse(null);
        List<RepairReports.Line> orders = s.lines().stream().filter(l -> id.equals(l.contractorId())).toList();
        PageContext page = parts.web().page(ctx, "contractors", "disputes.objections.title", k.name(), q.toString());
        Map<UUID, String> repaired = repaired(orders, parts.names(page.lang()));
        String now = LocalDateTime.ofInstant(parts.components().clock().instant(), parts.clocks().settings().zone())
                .withSecond(0).withNano(0).toString();
        ctx.status(status);
        parts.web().render(ctx, "disputes/objections.jte", page,
                new View(k, q.toString(), line, orders, repaired, errorKey, now));
    }

    private Map<UUID, String> repaired(List<RepairReports.Line> orders, ChecklistNames names) {
        Map<UUID, WorkOrderBoard.OrderText> texts = parts.components().db().read(c -> WorkOrderBoard.texts(c,
                orders.stream().map(RepairReports.Line::workOrderId).toList()));
        Map<UUID, String> out = new HashMap<>();
        texts.forEach((id, t) -> out.put(id, t.room() == null ? t.description()
                : names.room(t.room()) + " · " + t.description()));
        return out;
    }

    private void record(Context ctx) {
        step(ctx, () -> objections.record(Ids.path(ctx, "id"), Ids.path(ctx, "order"),
                quarter(ctx.formParam("quarter")), Forms.text(ctx.formParam("reason"), "objectionReason", MAX_TEXT, true),
                Forms.text(ctx.formParam("receivedBy"), "receivedBy", MAX_NAME, true), receivedAt(ctx),
                parts.actor(ctx)));
    }

    private void decide(Context ctx) {
        step(ctx, () -> {
            ObjectionDecision d = Forms.choice(ctx.formParam("decision"), ObjectionDecision.class, "decision", true);
            Long fen = d == ObjectionDecision.ADJUST ? adjustedFen(ctx.formParam("adjustedYuan")) : null;
            objections.decide(Ids.path(ctx, "id"), Ids.path(ctx, "order"), d, fen,
                    Forms.text(ctx.formParam("reason"), "decisionReason", MAX_TEXT, true), parts.actor(ctx));
        });
    }

    private void step(Context ctx, Runnable write) {
        try {
            write.run();
        } catch (Forms.FormException e) {
            show(ctx, "disputes.objection.missing." + e.field(), 400);
            return;
        } catch (DisputeRefused e) {
            if ("disputes.objection.none".equals(e.reason())) {
                throw OfficeHalt.notFound();
            }
            show(ctx, e.reason(), 409);
            return;
        }
        throw OfficeHalt.redirect(BASE + Ids.path(ctx, "id") + "/objections?quarter="
                + quarter(ctx.formParam("quarter")) + "#order-" + Ids.path(ctx, "order"));
    }

    private static long adjustedFen(String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw new Forms.FormException("adjustedYuan", "repair.form.required");
        }
        return Forms.yuanAsFen(yuan, "adjustedYuan");
    }

    private Instant receivedAt(Context ctx) {
        String text = ctx.formParam("receivedAt");
        try {
            Instant at = LocalDateTime.parse(text == null ? "" : text.strip()).atZone(parts.clocks().settings().zone())
                    .toInstant();
            if (at.isAfter(parts.components().clock().instant())) {
                throw new Forms.FormException("receivedAt", "repair.form.invalid");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw new Forms.FormException("receivedAt", "repair.form.invalid");
        }
    }

    private Quarter quarter(String text) {
        try {
            if (text != null && !text.isBlank()) {
                return Quarter.parse(text.strip());
            }
        } catch (IllegalArgumentException e) {
            // an unreadable quarter shows the current one
        }
        return Quarter.of(parts.components().clock().instant(), parts.clocks().settings().zone());
    }

    private static String param(Context ctx, String name) {
        return ctx.queryParam(name);
    }
}
