package com.handover.server.office.repair.contractors;

import com.handover.model.WorkOrderStatus;
import com.handover.model.site.Contractor;
import com.handover.model.sla.DepositBalance;
import com.handover.server.Components;
import com.handover.model.sla.ObjectionOutcome;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.clock.ContractorWarrantyEnds;
import com.handover.server.clock.OrderObjections;
import com.handover.server.clock.RepairClock;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.store.ReadModel;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Each contractor's record (维修商评估): work orders, how many had someone on site in time, how many the
 * developer had to repair itself and what that charged back, orders open and overdue now, and repeat defects
 * (defects reopened after its repair).
 */
@ReadModel
public final class Scorecard {

    /**
     * @param due           orders whose deadline has passed or that someone reached: the base of the on-time rate
     * @param onTime        of those, reached by the contractor by the deadline
     * @param reopened      defects assigned to it that were reopened at least once
     * @param reopenings    how often its defects were reopened in all
     * @param deposit       its 质保金 and every deduction to date; the balance may be negative
     * @param unfinished    self-repairs whose actual cost is not known yet: nothing is booked for them so far
     * @param expectedFen   what those will deduct on their estimates, as things stand
     */
    public record Line(Contractor contractor, int orders, int open, int overdue, int due, int onTime, int selfRepaired,
                       long chargebackFen, int reopened, int reopenings, DepositBalance deposit,
                       SelfRepairsUnfinished unfinished) {

        /** On-time share 0..1, or -1 when nothing was due yet. */
        public double onTimeRate() {
            return due == 0 ? -1 : (double) onTime / due;
        }
    }

    /** Self-repairs not yet finished at a known cost, and what they will deduct on their estimates. */
    public record SelfRepairsUnfinished(int count, long expectedFen) {
        public static final SelfRepairsUnfinished NONE = new SelfRepairsUnfinished(0, 0);

        SelfRepairsUnfinished plus(long fen) {
            return new SelfRepairsUnfinished(count + 1, expectedFen + fen);
        }
    }

    private final Components c;
    private final RepairClock clock;

    public Scorecard(Components c, RepairClock clock) {
        this.c = c;
        this.clock = clock;
    }

    public List<Line> lines(Instant now) {
        return c.db().read(conn -> {
            Map<UUID, Tally> tallies = new HashMap<>();
            ContractorWarrantyEnds.Lookup windows = clock.windows(conn);
            List<WorkOrderRow> orders = WorkOrderRows.all(conn);
            Map<UUID, WorkOrderState.Objection> objections = OrderObjections.of(conn,
                    orders.stream().filter(WorkOrderRow::selfRepair).map(WorkOrderRow::id).toList());
            for (WorkOrderRow w : orders) {
                if (w.contractorId() == null || w.status() == WorkOrderStatus.VOID) {
                    continue;
                }
                Tally t = tallies.computeIfAbsent(w.contractorId(), k -> new Tally());
                t.count(w, clock.status(w, now));
                if (w.selfRepair()) {
                    WorkOrderState.Objection objection = objections.get(w.id());
                    ContractorWarrantyEnds.Window window = windows.of(w);
                    t.chargebackFen += ObjectionOutcome.apply(clock.bookedChargeback(w, window), objection).fen();
                    if (w.actualCostFen() == null) {
                        t.unfinished = t.unfinished.plus(ObjectionOutcome.apply(clock.expectedChargeback(w, window),
                                objection).fen());
                    }
                }
            }
            Map<UUID, int[]> reopen = reopenedDefects(conn);
            List<Line> out = new ArrayList<>();
            for (Contractor k : c.sites().contractors(conn)) {
                Tally t = tallies.getOrDefault(k.id(), new Tally());
                int[] r = reopen.getOrDefault(k.id(), new int[2]);
                out.add(new Line(k, t.orders, t.open, t.overdue, t.due, t.onTime, t.selfRepaired, t.chargebackFen,
                        r[0], r[1], new DepositBalance(k.warrantyDepositFen(), t.chargebackFen), t.unfinished));
            }
            return out;
        });
    }

    /** One contractor's figures as its orders are counted. */
    private static final class Tally {
        int orders;
        int open;
        int overdue;
        int due;
        int onTime;
        int selfRepaired;
        long chargebackFen;
        SelfRepairsUnfinished unfinished = SelfRepairsUnfinished.NONE;

        void count(WorkOrderRow w, RepairClock.Status s) {
            orders++;
            if (w.open()) {
                open++;
            }
            if (s.overdue()) {
                overdue++;
            }
            if (w.arrivedAt() != null || w.selfRepair() || s.missedDeadline()) {
                due++;
                if (!w.selfRepair() && !s.missedDeadline()) {
                    onTime++;
                }
            }
            if (w.selfRepair()) {
                selfRepaired++;
            }
        }
    }

    /** Per contractor: how many of its defects were reopened, and how many times in all. */
    private static Map<UUID, int[]> reopenedDefects(Connection conn) throws SQLException {
        Map<UUID, int[]> reopen = new HashMap<>();
        for (var row : Sql.query(conn, "SELECT contractor_id, COUNT(*), SUM(reopen_count) FROM defects"
                + " WHERE contractor_id IS NOT NULL AND reopen_count > 0 AND status <> 'VOID' GROUP BY contractor_id",
                rs -> Map.entry(UUID.fromString(rs.getString(1)), new int[] {rs.getInt(2), rs.getInt(3)}))) {
            reopen.put(row.getKey(), row.getValue());
        }
        return reopen;
    }
}
