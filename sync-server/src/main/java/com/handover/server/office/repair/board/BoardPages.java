package com.handover.server.office.repair.board;

import com.handover.server.auth.Repairers;
import com.handover.server.office.OfficeParts;
import com.handover.model.Severity;
import com.handover.model.sla.Chargeback;
import com.handover.model.sla.SlaRule;
import com.handover.server.clock.ContractorWarrantyEnds;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.site.Contractor;
import com.handover.server.clock.Escalations;
import com.handover.server.clock.RepairClock;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.query.People;
import com.handover.server.sync.ServerOperations;
import com.handover.server.clock.UnitRecords;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.office.repair.Forms;
import com.handover.server.office.repair.intake.IntakeQueries;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import com.handover.server.office.web.Paging;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 工单: the board by status and deadline, one order's page, escalation to self-repair and assignment. */
public final class BoardPages {

    static final String BASE = "/office/repair/work-orders";

    /** The board page: the filter, its choices and the board. */
    public record BoardView(BoardFilter filter, List<Contractor> contractors, List<IntakeQueries.BuildingChoice> buildings,
                            WorkOrderBoard.Board board, Paging paging) {
    }

    /**
     * One order's page.
     *
     * @param booked             what is deducted from the contractor's 质保金 for it, with {@code bookedRule} in words
     * @param contractorWarranty the contractor's own warranty for the item and whether it covered the report day
     */
    public record OrderView(BoardRow row, List<Contractor> contractors, Chargeback escalationChargeback,
                            String chargebackRule, String deadlineRule, String message, boolean error,
                            ChecklistNames names, People people, Chargeback booked, String bookedRule,
                            ContractorWarrantyEnds.Window contractorWarranty) {

        public boolean outsideDeductionWindow() {
            return booked.rule() == SlaRule.NO_CHARGEBACK_OUTSIDE_CONTRACTOR_WARRANTY
                    || escalationChargeback.rule() == SlaRule.NO_CHARGEBACK_OUTSIDE_CONTRACTOR_WARRANTY;
        }
    }

    private final OfficeParts parts;

    public BoardPages(OfficeParts parts) {
        this.parts = parts;
    }

    public void install(RoutesConfig routes) {
        routes.get(BASE, this::board);
        routes.get(BASE + "/{id}", ctx -> order(ctx, null, false, 200));
        routes.post(BASE + "/{id}/escalate", this::escalate);
        routes.post(BASE + "/{id}/assign", this::assign);
    }

    private void board(Context ctx) {
        BoardFilter filter;
        try {
            BoardFilter.View view = Forms.choice(ctx.queryParam("view"), BoardFilter.View.class, "view", false);
            filter = new BoardFilter(view == null ? BoardFilter.View.OPEN : view,
                    Forms.uuid(ctx.queryParam("contractor"), "contractor", false),
                    Forms.uuid(ctx.queryParam("building"), "building", false),
                    Forms.choice(ctx.queryParam("severity"), Severity.class, "severity", false));
        } catch (Forms.FormException e) {
            filter = BoardFilter.open();
        }
        PageContext page = parts.web().page(ctx, "workorders", "workorders.title");
        List<Contractor> contractors = parts.components().db().read(c -> parts.components().sites().contractors(c));
        int wanted = (Paging.requested(ctx) - 1) * WorkOrderBoard.PAGE_SIZE;
        WorkOrderBoard.Board board = parts.board().board(filter, parts.components().clock().instant(), wanted);
        Paging paging = Paging.of(ctx, WorkOrderBoard.PAGE_SIZE, board.total());
        parts.web().render(ctx, "repair/board.jte", page, new BoardView(filter, contractors,
                new IntakeQueries(parts.components().db()).buildings(), board, paging));
    }

    private void order(Context ctx, String message, boolean error, int status) {
        UUID id = id(ctx);
        Instant now = parts.components().clock().instant();
        RepairClock clock = parts.clocks().repairClock();
        BoardRow row = parts.board().one(id, now).orElseThrow(OfficeHalt::notFound);
        WorkOrderRow w = row.order();
        List<Contractor> contractors = parts.components().db().read(c -> parts.components().sites().contractors(c));
        PageContext page = parts.web().page(ctx, "workorders", "workorders.order.title", row.unitLabel());
        ContractorWarrantyEnds.Window window = parts.components().db().read(c -> clock.windows(c).of(w));
        Chargeback cb = clock.escalationChargeback(w, window);
        Chargeback booked = clock.expectedChargeback(w, window);
        ctx.status(status);
        parts.web().render(ctx, "repair/order.jte", page, new OrderView(row, contractors, cb,
                cb.rule().text(clock.policy(), page.locale()), row.clock().deadline().rule().text(clock.policy(),
                page.locale()), message, error, parts.names(page.lang()),
                parts.components().db().read(People::load), booked, booked.rule().text(clock.policy(), page.locale()),
                window));
    }

    private void escalate(Context ctx) {
        UUID id = id(ctx);
        String reason;
        String repairer;
        try {
            reason = Forms.text(ctx.formParam("reason"), "reason", 2_000, true);
            repairer = Forms.text(ctx.formParam("assignee"), "assignee", 64, false);
        } catch (Forms.FormException e) {
            order(ctx, "workorders.escalate.reasonRequired", true, 400);
            return;
        }
        if (repairer != null && !Repairers.isActiveRepairer(parts.components().db(), parts.components().accounts(),
                repairer)) {
            order(ctx, "workorders.assign.unknownRepairer", true, 400);
            return;
        }
        Escalations.Outcome outcome;
        try {
            outcome = parts.clocks().escalations().escalate(id, parts.actor(ctx), reason, repairer,
                    parts.components().clock().instant(), false, false);
        } catch (ServerOperations.RefusedException e) {
            order(ctx, "workorders.escalate.refused", true, 409);
            return;
        }
        if (!outcome.escalated()) {
            if (outcome.refusal() == Escalations.Refusal.NO_SUCH_ORDER) {
                throw OfficeHalt.notFound();
            }
            order(ctx, "workorders.escalate.notNow", true, 409);
            return;
        }
        throw OfficeHalt.redirect(BASE + "/" + id + "?escalated=1");
    }

    private void assign(Context ctx) {
        UUID id = id(ctx);
        UUID contractor;
        String assignee;
        try {
            contractor = Forms.uuid(ctx.formParam("contractor"), "contractor", true);
            assignee = Forms.text(ctx.formParam("assignee"), "assignee", 64, false);
            if (assignee != null && !Repairers.isActiveRepairer(parts.components().db(),
                    parts.components().accounts(), assignee)) {
                throw new Forms.FormException("assignee", "workorders.assign.unknownRepairer");
            }
        } catch (Forms.FormException e) {
            order(ctx, e.getMessage(), true, 400);
            return;
        }
        boolean known = parts.components().db().read(c -> parts.components().sites().contractors(c)).stream()
                .anyMatch(k -> k.id().equals(contractor));
        WorkOrderRow w = parts.components().db().read(c -> WorkOrderRows.byId(c, id)).orElseThrow(OfficeHalt::notFound);
        if (!known || !w.awaitingArrival()) {
            order(ctx, "workorders.assign.notNow", true, 409);
            return;
        }
        ReplicaState state = parts.clocks().records().of(w.unitId());
        UUID prev = UnitRecords.inEffect(state, EntityKind.WORK_ORDER, id, "status");
        try {
            parts.clocks().writer().write(parts.actor(ctx), List.of(ServerOperations.Draft.of(
                    OperationType.WORK_ORDER_ASSIGNED, id, prev, new WorkOrderOps.Assigned(contractor, assignee))));
        } catch (ServerOperations.RefusedException e) {
            order(ctx, "workorders.assign.notNow", true, 409);
            return;
        }
        throw OfficeHalt.redirect(BASE + "/" + id + "?assigned=1");
    }

    private static UUID id(Context ctx) {
        try {
            return Forms.uuid(ctx.pathParam("id"), "id", true);
        } catch (Forms.FormException e) {
            throw OfficeHalt.notFound();
        }
    }
}
