package com.handover.server.office.repair.contractors;

import com.handover.model.WorkOrderStatus;
import com.handover.model.sla.Quarter;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.server.Components;
import com.handover.server.auth.User;
import com.handover.server.clock.ClockServices;
import com.handover.server.sync.ServerOperations;
import com.handover.server.clock.UnitRecords;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.sync.PushResult;
import java.time.Instant;
import java.time.ZoneId;
import com.handover.model.sync.state.WorkOrderState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 结算本季度 (seed R11): writes {@code workorder.settled} for every CONFIRMED work order of one contractor
 * completed in the quarter, through the server's operation path. Each operation's id is derived from the order
 * and the period, so pressing twice (or two server nodes at once) settles each order once.
 */
public final class QuarterSettlement {

    /** The settlement stays provisional (待确认): {@code count} objections to its deductions are not decided. */
    public static final class ObjectionsOpen extends RuntimeException {
        private final int count;

        public ObjectionsOpen(int count) {
            super(count + " objections are open");
            this.count = count;
        }

        public int count() {
            return count;
        }
    }

    private final Components components;
    private final ClockServices clocks;

    public QuarterSettlement(Components components, ClockServices clocks) {
        this.components = components;
        this.clocks = clocks;
    }

    /** @return how many orders this call settled (0 when all were settled already) */
    public int settle(UUID contractorId, Quarter quarter, User actor) {
        ZoneId zone = clocks.settings().zone();
        Instant from = quarter.firstDay().atStartOfDay(zone).toInstant();
        Instant to = quarter.lastDay().plusDays(1).atStartOfDay(zone).toInstant();
        List<WorkOrderRow> due = components.db().read(c -> WorkOrderRows.touching(c, from, to)).stream()
                .filter(w -> contractorId.equals(w.contractorId()) && w.status() == WorkOrderStatus.CONFIRMED)
                .filter(w -> w.completedAt() != null && !w.completedAt().isBefore(from) && w.completedAt().isBefore(to))
                .sorted(Comparator.comparing(WorkOrderRow::completedAt).thenComparing(WorkOrderRow::id))
                .toList();
        Map<UUID, List<WorkOrderRow>> byUnit = new LinkedHashMap<>();
        due.forEach(w -> byUnit.computeIfAbsent(w.unitId(), k -> new ArrayList<>()).add(w));
        List<ServerOperations.Draft> drafts = new ArrayList<>();
        int open = 0;
        for (Map.Entry<UUID, List<WorkOrderRow>> unit : byUnit.entrySet()) {
            ReplicaState state = clocks.records().of(unit.getKey());
            for (WorkOrderRow w : unit.getValue()) {
                WorkOrderState folded = state.workOrders().get(w.id());
                if (folded != null && folded.objectionOpen()) {
                    open++;
                }
                UUID prev = UnitRecords.inEffect(state, EntityKind.WORK_ORDER, w.id(), "status");
                UUID id = ServerOperations.Draft.nameId("workorder.settled:" + w.id() + ":" + quarter);
                drafts.add(new ServerOperations.Draft(id, OperationType.WORK_ORDER_SETTLED, w.id(), prev,
                        new WorkOrderOps.Settled(quarter.toString())));
            }
        }
        if (open > 0) {
            // 待确认: nothing is settled until every objection to the quarter's deductions is decided.
            throw new ObjectionsOpen(open);
        }
        int batch = components.config().limits().maxBatchOperations();
        int settled = 0;
        for (int i = 0; i < drafts.size(); i += batch) {
            List<PushResult.Item> results = clocks.writer().write(actor, drafts.subList(i, Math.min(drafts.size(), i + batch)));
            settled += (int) results.stream().filter(r -> r.status() == PushResult.Status.ACCEPTED).count();
        }
        return settled;
    }
}
