package com.handover.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.handover.model.SignerRole;
import com.handover.model.WorkOrderStatus;
import com.handover.model.signoff.WorkOrderContent;
import com.handover.model.sync.fold.WorkOrderFold;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.model.testing.Ops;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A 维修单 is confirmed by 维修部, 业主, 监理 and 项目部 over the same content; settled and revisited only after. */
class FourPartyConfirmationTest {

    private static final long T0 = Instant.parse("2026-10-01T02:00:00Z").toEpochMilli();
    private static final UUID ORDER = Ops.id("order");

    private final Ops phone = new Ops("phone", "maintenance", T0);
    private final Ops console = new Ops("server", "system", T0);

    @Test
    void partialConfirmationsShowWhoHasSignedAndWhoIsMissing() {
        List<Operation> ops = new ArrayList<>(completedOrder());
        String hash = hashOf(ops);
        ops.add(phone.at(T0 + 60_000).confirm(ORDER, SignerRole.OWNER, hash));
        ops.add(phone.confirm(ORDER, SignerRole.MAINTENANCE, hash));
        WorkOrderState order = order(ops);
        assertEquals(WorkOrderStatus.COMPLETED, order.status());
        assertEquals(EnumSet.of(SignerRole.OWNER, SignerRole.MAINTENANCE), order.confirmations().keySet());
        assertEquals(Set.of(SignerRole.SUPERVISOR, SignerRole.PROJECT_DEPARTMENT), order.missingConfirmations());
        assertEquals("王芳", order.confirmations().get(SignerRole.OWNER).signature().signerName());
    }

    @Test
    void aConfirmationOverOtherContentDoesNotCountAndThatPartySignsAgain() {
        List<Operation> ops = new ArrayList<>(completedOrder());
        String hash = hashOf(ops);
        for (SignerRole role : List.of(SignerRole.OWNER, SignerRole.MAINTENANCE, SignerRole.SUPERVISOR)) {
            ops.add(phone.at(T0 + 60_000).confirm(ORDER, role, hash));
        }
        Operation stale = console.at(T0 + 70_000).confirm(ORDER, SignerRole.PROJECT_DEPARTMENT, Ops.PHOTO);
        ops.add(stale);
        ReplicaState state = Reducer.reduce(ops);
        assertEquals(OpOutcome.rejected(WorkOrderFold.RULE_OTHER_CONTENT), state.outcome(stale.id()));
        assertEquals(WorkOrderStatus.COMPLETED, state.workOrders().get(ORDER).status());
        assertEquals(Set.of(SignerRole.PROJECT_DEPARTMENT), state.workOrders().get(ORDER).missingConfirmations());

        ops.add(console.at(T0 + 80_000).confirm(ORDER, SignerRole.PROJECT_DEPARTMENT, hash));
        assertEquals(WorkOrderStatus.CONFIRMED, order(ops).status());
    }

    @Test
    void settlementAndReturnVisitAreRefusedUntilAllFourHaveConfirmed() {
        List<Operation> ops = new ArrayList<>(completedOrder());
        String hash = hashOf(ops);
        for (SignerRole role : List.of(SignerRole.OWNER, SignerRole.MAINTENANCE, SignerRole.SUPERVISOR)) {
            ops.add(phone.at(T0 + 60_000).confirm(ORDER, role, hash));
        }
        Operation settled = console.at(T0 + 90_000).workOrderStep(OperationType.WORK_ORDER_SETTLED, ORDER,
                ops.get(3), new WorkOrderOps.Settled("2026-Q4"));
        Operation revisited = console.at(T0 + 91_000).op(OperationType.WORK_ORDER_REVISITED, ORDER, null,
                new WorkOrderOps.Revisited(5, "满意"));
        ops.add(settled);
        ops.add(revisited);
        ReplicaState state = Reducer.reduce(ops);
        assertEquals(OpOutcome.rejected(WorkOrderFold.RULE_NOT_ALLOWED), state.outcome(settled.id()));
        assertEquals(OpOutcome.rejected(WorkOrderFold.RULE_NOT_CONFIRMED), state.outcome(revisited.id()));
        assertNull(state.workOrders().get(ORDER).satisfaction());
        assertNull(state.workOrders().get(ORDER).settledPeriod());
    }

    @Test
    void phoneAndConsoleConfirmingConcurrentlyReachTheSameStateInAnyOrder() {
        List<Operation> ops = new ArrayList<>(completedOrder());
        String hash = hashOf(ops);
        // Offline on site and in the console at the same wall time, neither having seen the other.
        ops.add(phone.at(T0 + 60_000).confirm(ORDER, SignerRole.OWNER, hash));
        ops.add(phone.confirm(ORDER, SignerRole.MAINTENANCE, hash));
        ops.add(phone.confirm(ORDER, SignerRole.SUPERVISOR, hash));
        ops.add(console.at(T0 + 60_000).confirm(ORDER, SignerRole.SUPERVISOR, hash));
        ops.add(console.confirm(ORDER, SignerRole.PROJECT_DEPARTMENT, hash));
        WorkOrderState expected = order(ops);
        assertEquals(WorkOrderStatus.CONFIRMED, expected.status());
        for (long seed = 0; seed < 50; seed++) {
            List<Operation> shuffled = new ArrayList<>(ops);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            ReplicaState state = Reducer.reduce(shuffled);
            assertEquals(expected, state.workOrders().get(ORDER), "seed " + seed);
        }
        ReplicaState state = Reducer.reduce(ops);
        long refused = ops.stream().filter(op -> op.type() == OperationType.WORK_ORDER_CONFIRMED)
                .filter(op -> state.outcome(op.id()).equals(OpOutcome.rejected(WorkOrderFold.RULE_ROLE_CONFIRMED)))
                .count();
        assertEquals(1, refused, "the second 监理 signature is kept in the log, refused");
    }

    private WorkOrderState order(List<Operation> ops) {
        return Reducer.reduce(ops).workOrders().get(ORDER);
    }

    private static String hashOf(List<Operation> ops) {
        return WorkOrderContent.of(Reducer.reduce(ops).workOrders().get(ORDER)).hash();
    }

    /** created → assigned → arrived → completed, on the maintenance phone after the office's assignment. */
    private List<Operation> completedOrder() {
        Operation created = console.at(T0).createWorkOrder(ORDER, 80_000, false);
        Operation assigned = console.workOrderStep(OperationType.WORK_ORDER_ASSIGNED, ORDER, null,
                new WorkOrderOps.Assigned(Ops.CONTRACTOR_A, "maintenance"));
        Operation arrived = phone.at(T0 + 30_000).workOrderStep(OperationType.WORK_ORDER_ARRIVED, ORDER, assigned,
                new WorkOrderOps.Arrived(Instant.ofEpochMilli(T0 + 30_000)));
        Operation completed = phone.at(T0 + 50_000).workOrderStep(OperationType.WORK_ORDER_COMPLETED, ORDER, arrived,
                new WorkOrderOps.Completed("更换角阀", 60_000, List.of(), List.of()));
        return List.of(created, assigned, arrived, completed);
    }
}
