package com.handover.server.clock.report;

import com.handover.model.WorkOrderStatus;
import com.handover.model.site.Contractor;
import com.handover.model.sla.ContractorSettlement;
import com.handover.model.sla.DepositBalance;
import com.handover.model.sla.ContractorTotals;
import com.handover.model.sla.MonthlyRepairReport;
import com.handover.model.sla.Quarter;
import com.handover.model.sla.RepairFact;
import com.handover.model.sla.RepairTotals;
import com.handover.model.sla.Chargeback;
import com.handover.model.sla.SlaRule;
import com.handover.model.sla.ObjectionOutcome;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.clock.ContractorWarrantyEnds;
import com.handover.server.clock.OrderObjections;
import com.handover.server.clock.RepairClock;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.store.Database;
import com.handover.server.store.SiteStore;
import com.handover.server.store.jdbc.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The monthly repair report (维修月报) and the quarterly settlement per contractor, from the completed work
 * orders (com.handover.model.sla does the arithmetic). Each comes with its ledger lines (维修台帐), the orders
 * it counts, so the totals can be checked line by line.
 */
public final class RepairReports {

    /** One counted work order. */
    public record Line(UUID workOrderId, String unit, String building, UUID contractorId, String contractor,
                       String warrantyCategory, boolean emergency, boolean selfRepaired, boolean onTime,
                       Instant completedAt, long actualCostFen, long chargebackFen, String status,
                       SlaRule chargebackRule, WorkOrderState.Objection objection) {

        /** Nothing was deducted because the contractor's own warranty had ended when it was reported. */
        public boolean outsideDeductionWindow() {
            return chargebackRule == SlaRule.NO_CHARGEBACK_OUTSIDE_CONTRACTOR_WARRANTY;
        }
    }

    /**
     * One contractor's totals, with its name, deposit and what remains of it after the period's chargebacks
     * (negative when they exceed it: never clamped).
     */
    public record ContractorLine(UUID contractorId, String name, RepairTotals totals, BigDecimal onTimeRatePercent,
                                 long depositFen, long depositAfterFen, int openObjections) {

        /** 待确认: an objection to one of its deductions is open, so its settlement is not final. */
        public boolean provisional() {
            return openObjections > 0;
        }
    }

    public record Monthly(YearMonth month, String zone, RepairTotals total, BigDecimal onTimeRatePercent,
                          List<ContractorLine> contractors, List<Line> lines, int completedWithoutContractor) {
    }

    public record Settlement(String quarter, LocalDate firstDay, LocalDate lastDay, String zone, RepairTotals total,
                             BigDecimal onTimeRatePercent, List<ContractorLine> contractors, List<Line> lines,
                             int completedWithoutContractor) {
    }

    private final Database db;
    private final SiteStore sites;
    private final RepairClock clock;

    public RepairReports(Database db, SiteStore sites, RepairClock clock) {
        this.db = db;
        this.sites = sites;
        this.clock = clock;
    }

    private ZoneId zone() {
        return clock.policy().reportingZone();
    }

    public Monthly monthly(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(zone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone()).toInstant();
        Gathered g = gather(from, to, w -> w.status() != WorkOrderStatus.VOID);
        MonthlyRepairReport report = MonthlyRepairReport.of(month, g.facts, clock.policy());
        return new Monthly(month, zone().getId(), report.total(), report.total().onTimeRatePercent().orElse(null),
                contractorLines(report.contractors(), g.contractors), g.lines, g.withoutContractor);
    }

    public Settlement settlement(Quarter quarter) {
        Instant from = quarter.firstDay().atStartOfDay(zone()).toInstant();
        Instant to = quarter.lastDay().plusDays(1).atStartOfDay(zone()).toInstant();
        // 售后维修工作流程 5–7: only orders signed (签认) enter the quarter's 维修计量 and settlement.
        Gathered g = gather(from, to, w -> w.status() == WorkOrderStatus.CONFIRMED
                || w.status() == WorkOrderStatus.SETTLED);
        ContractorSettlement s = ContractorSettlement.of(quarter, g.facts, clock.policy());
        List<ContractorLine> lines = withObjections(contractorLines(s.contractors(), g.contractors), g.lines);
        // Every contractor appears, also one with nothing to settle: the settlement is sent to each.
        for (Contractor k : g.contractors.values()) {
            if (lines.stream().noneMatch(l -> l.contractorId().equals(k.id()))) {
                lines.add(new ContractorLine(k.id(), k.name(), RepairTotals.NONE, null, k.warrantyDepositFen(),
                        k.warrantyDepositFen(), 0));
            }
        }
        lines.sort(Comparator.comparing(ContractorLine::name));
        return new Settlement(quarter.toString(), quarter.firstDay(), quarter.lastDay(), zone().getId(), s.total(),
                s.total().onTimeRatePercent().orElse(null), lines, g.lines, g.withoutContractor);
    }

    private record Gathered(List<RepairFact> facts, List<Line> lines, Map<UUID, Contractor> contractors,
                            int withoutContractor) {
    }

    private Gathered gather(Instant from, Instant to, Predicate<WorkOrderRow> counted) {
        return db.read(c -> {
            Map<UUID, Contractor> contractors = new HashMap<>();
            sites.contractors(c).forEach(k -> contractors.put(k.id(), k));
            List<WorkOrderRow> rows = WorkOrderRows.touching(c, from, to).stream()
                    .filter(w -> w.completedAt() != null && !w.completedAt().isBefore(from) && w.completedAt().isBefore(to))
                    .filter(counted)
                    .sorted(Comparator.comparing(WorkOrderRow::completedAt).thenComparing(WorkOrderRow::id))
                    .toList();
            Map<UUID, String[]> units = unitNames(c, rows.stream().map(WorkOrderRow::unitId).distinct().toList());
            List<RepairFact> facts = new ArrayList<>();
            List<Line> lines = new ArrayList<>();
            int without = 0;
            ContractorWarrantyEnds.Lookup windows = clock.windows(c);
            Map<UUID, WorkOrderState.Objection> objections = OrderObjections.of(c,
                    rows.stream().map(WorkOrderRow::id).toList());
            for (WorkOrderRow w : rows) {
                long cost = w.actualCostFen() == null ? 0 : w.actualCostFen();
                boolean onTime = !w.selfRepair() && !clock.status(w, w.completedAt()).missedDeadline();
                WorkOrderState.Objection objection = objections.get(w.id());
                Chargeback booked = ObjectionOutcome.apply(clock.bookedChargeback(w, windows.of(w)), objection);
                long chargeback = booked.fen();
                String[] unit = units.getOrDefault(w.unitId(), new String[] {"", ""});
                Contractor k = w.contractorId() == null ? null : contractors.get(w.contractorId());
                lines.add(new Line(w.id(), unit[0], unit[1], w.contractorId(), k == null ? null : k.name(),
                        w.warrantyCategory(), w.emergency(), w.selfRepair(), onTime, w.completedAt(), cost, chargeback,
                        w.status().name(), booked.rule(), objection));
                if (w.contractorId() == null) {
                    without++;
                } else {
                    facts.add(new RepairFact(w.contractorId(), w.completedAt(), cost, w.selfRepair(), w.emergency(),
                            onTime, booked.rule() != SlaRule.NO_CHARGEBACK_OUTSIDE_CONTRACTOR_WARRANTY, chargeback));
                }
            }
            return new Gathered(facts, lines, contractors, without);
        });
    }

    private static List<ContractorLine> withObjections(List<ContractorLine> lines, List<Line> orders) {
        List<ContractorLine> out = new ArrayList<>();
        for (ContractorLine l : lines) {
            int open = (int) orders.stream().filter(o -> l.contractorId().equals(o.contractorId())
                    && o.objection() != null && o.objection().open()).count();
            out.add(new ContractorLine(l.contractorId(), l.name(), l.totals(), l.onTimeRatePercent(), l.depositFen(),
                    l.depositAfterFen(), open));
        }
        return out;
    }

    private static List<ContractorLine> contractorLines(List<ContractorTotals> totals, Map<UUID, Contractor> contractors) {
        List<ContractorLine> out = new ArrayList<>();
        for (ContractorTotals t : totals) {
            Contractor k = contractors.get(t.contractorId());
            long deposit = k == null ? 0 : k.warrantyDepositFen();
            out.add(new ContractorLine(t.contractorId(), k == null ? t.contractorId().toString() : k.name(), t.totals(),
                    t.totals().onTimeRatePercent().orElse(null), deposit,
                    new DepositBalance(deposit, t.totals().chargebackFen()).balanceFen(), 0));
        }
        return out;
    }

    /** Unit id → {unit number, building name}. */
    public static Map<UUID, String[]> unitNames(Connection c, List<UUID> unitIds) throws SQLException {
        Map<UUID, String[]> out = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(unitIds)) {
            for (var row : Sql.query(c, "SELECT u.id, u.number, b.name FROM units u JOIN buildings b ON b.id = u.building_id"
                            + " WHERE u.id IN (" + Sql.placeholders(chunk.size()) + ")",
                    rs -> Map.entry(Sql.uuid(rs, "id"), new String[] {rs.getString(2), rs.getString(3)}), chunk.toArray())) {
                out.put(row.getKey(), row.getValue());
            }
        }
        return out;
    }
}
