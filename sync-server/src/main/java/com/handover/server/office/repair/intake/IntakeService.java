package com.handover.server.office.repair.intake;

import com.handover.model.ComplaintStatus;
import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.WorkOrderStatus;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.site.Contractor;
import com.handover.model.site.ResponsibleContractor;
import com.handover.model.site.UnitType;
import com.handover.model.sla.OnSiteDeadline;
import com.handover.model.sla.RepairSla;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.ComplaintState;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.model.warranty.ProjectWarrantySettings;
import com.handover.model.warranty.WarrantyCheck;
import com.handover.model.warranty.WarrantyCheckResult;
import com.handover.model.warranty.WarrantyStatus;
import com.handover.server.Components;
import com.handover.server.auth.Repairers;
import com.handover.server.auth.User;
import com.handover.server.clock.ClockServices;
import com.handover.server.clock.HandoverDates;
import com.handover.server.sync.ServerOperations.Draft;
import com.handover.server.clock.UnitRecords;
import com.handover.server.office.query.Site;
import com.handover.server.office.query.SiteQueries;
import com.handover.server.reference.TemplateStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Takes an owner's request (受理): checks the warranty at once, records the complaint, opens a work order for
 * the contractor responsible for the trade with its on-site deadline, and later records the answer (within
 * 24 h) and the return visit (回访) that closes the loop. Every step is an operation written by the server for
 * the signed-in office user through the push path.
 */
public final class IntakeService {

    /** A request the office cannot take as entered; {@code field} names the form field. */
    public static final class IntakeException extends IllegalArgumentException {
        private final String field;

        public IntakeException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final Components c;
    private final ClockServices clocks;
    private final TemplateStore templates;
    private final SiteQueries siteQueries;
    private final Clock clock;

    public IntakeService(Components c, ClockServices clocks, TemplateStore templates) {
        this.c = c;
        this.clocks = clocks;
        this.templates = templates;
        this.siteQueries = new SiteQueries(c.sites());
        this.clock = c.clock();
    }

    /** The warranty answer for a unit, a category and a report day, without recording anything. */
    public WarrantyCheckResult warranty(Site site, String category, LocalDate reportDate) {
        LocalDate handover = c.db().read(conn -> clocks.handovers().of(conn, List.of(site.unit().id())))
                .values().stream().map(HandoverDates.Handover::date).findFirst().orElse(null);
        ProjectWarrantySettings settings = c.db().read(conn -> c.sites().warrantySettings(conn, site.project().id()));
        try {
            return new WarrantyCheck(clocks.warrantyRules(), Map.of(site.project().id(), settings))
                    .check(handover, site.project(), category, reportDate);
        } catch (IllegalArgumentException e) {
            throw new IntakeException("warrantyCategory", e.getMessage());
        }
    }

    public IntakeOutcome take(IntakeRequest r, User office) {
        Site site = c.db().read(conn -> siteQueries.site(conn, r.unitId()))
                .orElseThrow(() -> new IntakeException("unitId", "no such unit"));
        checkRoom(site, r.room());
        Instant now = clock.instant();
        LocalDate today = now.atZone(clocks.settings().zone()).toLocalDate();
        if (r.warrantyCategory() != null
                && clocks.warrantyRules().policyOn(today).category(r.warrantyCategory()).isEmpty()) {
            throw new IntakeException("warrantyCategory", "no warranty category " + r.warrantyCategory());
        }
        WarrantyCheckResult warranty = r.warrantyCategory() == null ? null : warranty(site, r.warrantyCategory(), today);
        ChecklistTemplate template = templates.catalog().latest(site.unit().deliveryStandard())
                .orElseThrow(() -> new IllegalStateException("no checklist template for " + site.unit().deliveryStandard()));
        String trade = ResponsibleTrade.trade(template, r.room(), r.warrantyCategory()).orElse(null);
        // 有偿维修: past the warranty the owner pays; no contractor is called in or charged, no deadline runs.
        boolean paid = warranty != null && warranty.status() == WarrantyStatus.OUT_OF_WARRANTY;
        Contractor contractor = trade == null || paid ? null : responsible(site, trade);

        UUID complaintId = UUID.randomUUID();
        List<Draft> drafts = new ArrayList<>();
        drafts.add(Draft.of(OperationType.COMPLAINT_RECEIVED, complaintId, payload(() -> new ComplaintOps.Received(
                r.unitId(), r.channel(), r.category(), r.room(), r.description(), r.urgency(), r.callerName(),
                r.callerPhone(), now))));
        UUID workOrderId = r.needsWorkOrder() ? workOrder(r, complaintId, contractor, paid, now, drafts) : null;
        OnSiteDeadline onSite = workOrderId == null || paid ? null : clocks.repairClock().sla()
                .onSiteDeadline(now, r.estimatedCostFen(), r.urgency() == Severity.EMERGENCY);
        clocks.writer().write(office, drafts);
        return new IntakeOutcome(complaintId, workOrderId, site.unitLabel(), warranty, trade, contractor, onSite,
                clocks.repairClock().complaints().complaintAnswerDeadline(now));
    }

    private void checkRoom(Site site, String room) {
        if (room == null) {
            return;
        }
        List<String> rooms = c.db().read(conn -> c.sites().unitTypes(conn, site.project().id())).stream()
                .filter(t -> t.id().equals(site.unit().unitTypeId())).findFirst().map(UnitType::rooms)
                .orElse(List.of());
        if (!rooms.contains(room)) {
            throw new IntakeException("room", "the unit has no room " + room);
        }
    }

    /** The contractor the project registered for the trade in the unit's building, if any. */
    private Contractor responsible(Site site, String trade) {
        List<Contractor> contractors = c.db().read(conn -> c.sites().contractors(conn));
        return ResponsibleContractor.of(contractors, c.db().read(conn -> c.sites().assignments(conn,
                site.project().id())), trade, site.building().id()).orElse(null);
    }

    /** Adds the order's operations to {@code drafts}: created, assigned, escalated when it is the 维修部's; its id. */
    private UUID workOrder(IntakeRequest r, UUID complaintId, Contractor contractor, boolean paid, Instant now,
                           List<Draft> drafts) {
        UUID wo = UUID.randomUUID();
        boolean emergency = r.urgency() == Severity.EMERGENCY;
        WorkOrderSource source = r.kind() == IntakeRequest.Kind.REPAIR ? WorkOrderSource.OWNER_REPORT
                : WorkOrderSource.COMPLAINT;
        drafts.add(Draft.of(OperationType.WORK_ORDER_CREATED, wo, payload(() -> new WorkOrderOps.Created(r.unitId(),
                source, null, complaintId, r.room(), r.description(), r.urgency(), r.warrantyCategory(),
                r.estimatedCostFen(), emergency, now))));
        String assignee = repairer(r.assignee());
        if (contractor != null) {
            drafts.add(Draft.of(OperationType.WORK_ORDER_ASSIGNED, wo, new WorkOrderOps.Assigned(contractor.id(), assignee)));
        }
        if (paid || emergency) {
            // 售后维修工作规定 第1条: the 售后维修部 repairs an emergency at once; the responsible contractor pays
            // the actual cost. A paid repair is the 售后维修部's for the owner, with no contractor to charge.
            drafts.add(Draft.of(OperationType.WORK_ORDER_ESCALATED, wo, new WorkOrderOps.Escalated(
                    paid ? RepairSla.PAID_REPAIR_REASON : RepairSla.EMERGENCY_REASON, assignee)));
        }
        return wo;
    }

    /** The repairer sent to the order: null, or an active maintenance account. */
    private String repairer(String username) {
        if (username == null) {
            return null;
        }
        if (!Repairers.isActiveRepairer(c.db(), c.accounts(), username)) {
            throw new IntakeException("assignee", "no active maintenance account " + username);
        }
        return username;
    }

    /** Records the answer to the owner (答复). */
    public void answer(UUID complaintId, String answer, User office) {
        ComplaintState k = complaint(complaintId);
        if (k.status() == ComplaintStatus.CLOSED) {
            throw new IntakeException("answer", "the complaint is closed");
        }
        ReplicaState state = clocks.records().of(k.unitId());
        UUID prev = UnitRecords.inEffect(state, EntityKind.COMPLAINT, complaintId, "status");
        clocks.writer().write(office, List.of(Draft.of(OperationType.COMPLAINT_ANSWERED, complaintId, prev,
                payload(() -> new ComplaintOps.Answered(answer, clock.instant())))));
    }

    /**
     * Records the return visit (回访): the owner's satisfaction on the confirmed work order, and closes the
     * complaint. A complaint without a work order is closed once it was answered.
     */
    public void revisit(UUID complaintId, int satisfaction, String note, User office) {
        ComplaintState k = complaint(complaintId);
        if (k.status() == ComplaintStatus.CLOSED) {
            throw new IntakeException("satisfaction", "the complaint is already closed");
        }
        ReplicaState state = clocks.records().of(k.unitId());
        Optional<WorkOrderState> order = state.workOrders().values().stream()
                .filter(w -> complaintId.equals(w.complaintId()) && w.status() != WorkOrderStatus.VOID).findFirst();
        List<Draft> drafts = new ArrayList<>();
        if (order.isPresent()) {
            WorkOrderState w = order.get();
            if (w.status() != WorkOrderStatus.CONFIRMED && w.status() != WorkOrderStatus.SETTLED) {
                throw new IntakeException("satisfaction", "the return visit follows the confirmed repair; the work order is "
                        + w.status());
            }
            drafts.add(Draft.of(OperationType.WORK_ORDER_REVISITED, w.id(),
                    UnitRecords.inEffect(state, EntityKind.WORK_ORDER, w.id(), "revisit"),
                    payload(() -> new WorkOrderOps.Revisited(satisfaction, note))));
        } else if (k.status() != ComplaintStatus.ANSWERED) {
            throw new IntakeException("satisfaction", "answer the complaint before closing it");
        }
        drafts.add(Draft.of(OperationType.COMPLAINT_CLOSED, complaintId,
                UnitRecords.inEffect(state, EntityKind.COMPLAINT, complaintId, "status"),
                payload(() -> new ComplaintOps.Closed(satisfaction, note))));
        clocks.writer().write(office, drafts);
    }

    private ComplaintState complaint(UUID id) {
        UUID unit = c.db().read(conn -> c.entities().unitOf(conn, EntityKind.COMPLAINT, id))
                .orElseThrow(() -> new IntakeException("complaintId", "no such complaint"));
        ComplaintState k = clocks.records().of(unit).complaints().get(id);
        if (k == null) {
            throw new IntakeException("complaintId", "no such complaint");
        }
        return k;
    }

    /** Builds a payload; its constructor's checks become an error for the form. */
    private static <T> T payload(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "invalid" : e.getMessage();
            String field = message.contains(" ") ? message.substring(0, message.indexOf(' ')) : "form";
            throw new IntakeException(field, message);
        }
    }
}
