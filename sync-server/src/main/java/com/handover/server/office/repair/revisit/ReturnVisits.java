package com.handover.server.office.repair.revisit;

import com.handover.model.WorkOrderStatus;
import com.handover.model.site.Contractor;
import com.handover.model.sla.RevisitDue;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.server.Components;
import com.handover.server.auth.User;
import com.handover.server.clock.ClockServices;
import com.handover.server.clock.UnitRecords;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.clock.report.RepairReports;
import com.handover.server.office.repair.intake.IntakeService;
import com.handover.server.sync.ServerOperations.Draft;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 回访: the signed repairs whose return visit is owed, soonest due first with the overdue ones marked, the
 * 回访率 (visited among signed repairs), and recording a visit, which also closes the owner's complaint.
 */
public final class ReturnVisits {

    /** One visit owed: the order, where, who repaired it, and when the visit is due. */
    public record Owed(UUID workOrderId, UUID complaintId, UUID unitId, String building, String unit,
                       String description, String contractor, boolean emergency, Instant completedAt, RevisitDue due) {

        Owed describedAs(String text) {
            return new Owed(workOrderId, complaintId, unitId, building, unit, text, contractor, emergency, completedAt,
                    due);
        }
    }

    /** The visits owed now and the rate so far. */
    public record Summary(List<Owed> owed, int overdue, int visited, int signed, BigDecimal ratePercent) {
    }

    private final Components c;
    private final ClockServices clocks;
    private final IntakeService intake;

    public ReturnVisits(Components c, ClockServices clocks, IntakeService intake) {
        this.c = c;
        this.clocks = clocks;
        this.intake = intake;
    }

    public Summary summary(Instant now) {
        Summary s = read(now);
        List<Owed> described = s.owed().stream().map(o -> o.describedAs(description(o))).toList();
        return new Summary(described, s.overdue(), s.visited(), s.signed(), s.ratePercent());
    }

    private Summary read(Instant now) {
        return c.db().read(conn -> {
            List<WorkOrderRow> rows = WorkOrderRows.all(conn);
            Map<UUID, String> contractors = c.sites().contractors(conn).stream()
                    .collect(Collectors.toMap(Contractor::id, Contractor::name));
            Map<UUID, String[]> units = RepairReports.unitNames(conn,
                    rows.stream().map(WorkOrderRow::unitId).distinct().toList());
            List<Owed> owed = new ArrayList<>();
            int visited = 0;
            int signed = 0;
            for (WorkOrderRow w : rows) {
                if (w.status() == WorkOrderStatus.CONFIRMED || w.status() == WorkOrderStatus.SETTLED) {
                    signed++;
                    visited += w.satisfaction() == null ? 0 : 1;
                }
                Optional<RevisitDue> due = RevisitDue.of(clocks.repairClock().sla(), w.status(), w.completedAt(),
                        w.emergency(), w.satisfaction(), now);
                if (due.isPresent()) {
                    String[] unit = units.getOrDefault(w.unitId(), new String[] {"", ""});
                    owed.add(new Owed(w.id(), w.complaintId(), w.unitId(), unit[1], unit[0], "",
                            w.contractorId() == null ? null : contractors.get(w.contractorId()), w.emergency(),
                            w.completedAt(), due.get()));
                }
            }
            owed.sort(Comparator.comparing((Owed o) -> o.due().due()).thenComparing(Owed::workOrderId));
            int overdue = (int) owed.stream().filter(o -> o.due().overdue()).count();
            return new Summary(owed, overdue, visited, signed, RevisitDue.ratePercent(visited, signed).orElse(null));
        });
    }

    /** What was repaired, from the order's folded record (the table holds no text). */
    private String description(Owed o) {
        var order = clocks.records().of(o.unitId()).workOrders().get(o.workOrderId());
        return order == null ? "" : order.description();
    }

    /** Records the visit of a signed order; an order taken from a complaint closes that complaint too. */
    public void record(UUID workOrderId, int satisfaction, String note, User office) {
        WorkOrderRow w = c.db().read(conn -> WorkOrderRows.byId(conn, workOrderId))
                .orElseThrow(() -> new IntakeService.IntakeException("workOrder", "no such work order"));
        if (RevisitDue.of(clocks.repairClock().sla(), w.status(), w.completedAt(), w.emergency(), w.satisfaction(),
                c.clock().instant()).isEmpty()) {
            throw new IntakeService.IntakeException("satisfaction", "no return visit is owed for this work order; it is " + w.status());
        }
        if (w.complaintId() != null) {
            intake.revisit(w.complaintId(), satisfaction, note, office);
            return;
        }
        WorkOrderOps.Revisited visit;
        try {
            visit = new WorkOrderOps.Revisited(satisfaction, note);
        } catch (IllegalArgumentException e) {
            throw new IntakeService.IntakeException("satisfaction", e.getMessage());
        }
        ReplicaState state = clocks.records().of(w.unitId());
        clocks.writer().write(office, List.of(Draft.of(OperationType.WORK_ORDER_REVISITED, workOrderId,
                UnitRecords.inEffect(state, EntityKind.WORK_ORDER, workOrderId, "revisit"), visit)));
    }
}
