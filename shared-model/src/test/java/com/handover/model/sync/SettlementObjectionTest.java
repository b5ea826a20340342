package com.handover.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.ObjectionDecision;
import com.handover.model.SignerRole;
import com.handover.model.WorkOrderStatus;
import com.handover.model.signoff.WorkOrderContent;
import com.handover.model.sla.Chargeback;
import com.handover.model.sla.ObjectionOutcome;
import com.handover.model.sla.SlaRule;
import com.handover.model.sync.fold.WorkOrderFold;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.model.testing.Ops;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 异议 (售后维修工作流程 7: the quarter's settlement is sent to each contractor in writing, and it may object):
 * while an objection to a deduction is open the settlement stays provisional (待确认); the office decides each
 * (维持/撤销/调整金额, with a reason), and only then can the order be settled, after which nothing changes it.
 */
class SettlementObjectionTest {

    private static final long T0 = Instant.parse("2026-10-01T02:00:00Z").toEpochMilli();
    private static final UUID ORDER = Ops.id("order");

    private final Ops office = new Ops("desk", "office", T0);
    private final Chargeback booked = new Chargeback(160_000, 200, SlaRule.CHARGEBACK_SELF_REPAIR);

    /** A self-repaired order completed and confirmed by all four parties. */
    private List<Operation> confirmedOrder() {
        List<Operation> ops = new ArrayList<>();
        Operation created = office.createWorkOrder(ORDER, 50_000, false);
        ops.add(created);
        Operation escalated = office.workOrderStep(OperationType.WORK_ORDER_ESCALATED, ORDER, created,
                new WorkOrderOps.Escalated("逾期无人到场"));
        ops.add(escalated);
        Operation completed = office.workOrderStep(OperationType.WORK_ORDER_COMPLETED, ORDER, escalated,
                new WorkOrderOps.Completed("已修复", 80_000L, List.of(), List.of()));
        ops.add(completed);
        String hash = WorkOrderContent.of(Reducer.reduce(ops).workOrders().get(ORDER)).hash();
        for (SignerRole role : WorkOrderState.REQUIRED_CONFIRMATIONS) {
            ops.add(office.confirm(ORDER, role, hash));
        }
        return ops;
    }

    private Operation objection() {
        return office.op(OperationType.WORK_ORDER_OBJECTION_RECORDED, ORDER, null, new WorkOrderOps.ObjectionRecorded(
                "2026-Q4", "未接到维修通知", "陈静", Instant.ofEpochMilli(T0)));
    }

    private Operation decision(Operation prev, ObjectionDecision d, Long fen) {
        return office.op(OperationType.WORK_ORDER_OBJECTION_DECIDED, ORDER, prev == null ? null : prev.id(),
                new WorkOrderOps.ObjectionDecided(d, fen, "已核实通话记录"));
    }

    private Operation settle() {
        return office.op(OperationType.WORK_ORDER_SETTLED, ORDER, null, new WorkOrderOps.Settled("2026-Q4"));
    }

    @Test
    void anOpenObjectionKeepsTheSettlementProvisional() {
        List<Operation> ops = confirmedOrder();
        Operation objected = objection();
        ops.add(objected);
        Operation settled = settle();
        ops.add(settled);
        ReplicaState state = Reducer.reduce(ops);
        WorkOrderState w = state.workOrders().get(ORDER);
        assertEquals(WorkOrderStatus.CONFIRMED, w.status());
        assertTrue(w.objectionOpen());
        assertEquals("陈静", w.objection().receivedBy());
        assertEquals("office", w.objection().recordedBy());
        assertEquals(OpOutcome.rejected(WorkOrderFold.RULE_OBJECTION_OPEN), state.outcome(settled.id()));
        assertEquals(booked, ObjectionOutcome.apply(booked, w.objection()), "the deduction stands, provisionally");
    }

    @Test
    void onceDecidedTheOrderIsSettledAndTheDecisionSetsTheDeduction() {
        List<Operation> ops = confirmedOrder();
        Operation objected = objection();
        ops.add(objected);
        ops.add(decision(objected, ObjectionDecision.ADJUST, 80_000L));
        ops.add(settle());
        WorkOrderState w = Reducer.reduce(ops).workOrders().get(ORDER);
        assertEquals(WorkOrderStatus.SETTLED, w.status());
        assertFalse(w.objectionOpen());
        assertEquals(new Chargeback(80_000, 200, SlaRule.CHARGEBACK_ADJUSTED_ON_OBJECTION),
                ObjectionOutcome.apply(booked, w.objection()));
    }

    @Test
    void maintainKeepsAndWithdrawRemovesTheDeduction() {
        List<Operation> maintained = confirmedOrder();
        Operation o1 = objection();
        maintained.add(o1);
        maintained.add(decision(o1, ObjectionDecision.MAINTAIN, null));
        assertEquals(booked, ObjectionOutcome.apply(booked, Reducer.reduce(maintained).workOrders().get(ORDER).objection()));

        List<Operation> withdrawn = confirmedOrder();
        Operation o2 = objection();
        withdrawn.add(o2);
        withdrawn.add(decision(o2, ObjectionDecision.WITHDRAW, null));
        WorkOrderState w = Reducer.reduce(withdrawn).workOrders().get(ORDER);
        assertEquals(ObjectionDecision.WITHDRAW, w.objection().decision());
        assertEquals("已核实通话记录", w.objection().decisionReason());
        assertEquals(0, ObjectionOutcome.apply(booked, w.objection()).fen());
    }

    @Test
    void noDecisionWithoutAnObjectionAndNothingAfterTheSettlementIsFinal() {
        List<Operation> ops = confirmedOrder();
        Operation early = decision(null, ObjectionDecision.WITHDRAW, null);
        ops.add(early);
        Operation settled = settle();
        ops.add(settled);
        Operation late = objection();
        ops.add(late);
        ReplicaState state = Reducer.reduce(ops);
        assertEquals(OpOutcome.rejected(WorkOrderFold.RULE_NO_OBJECTION), state.outcome(early.id()));
        assertEquals(OpOutcome.rejected(WorkOrderFold.RULE_SETTLEMENT_FINAL), state.outcome(late.id()));
        assertEquals(WorkOrderStatus.SETTLED, state.workOrders().get(ORDER).status());
    }

    @Test
    void anObjectionNeedsAConfirmedOrder() {
        Operation created = office.createWorkOrder(ORDER, 50_000, false);
        Operation objected = objection();
        ReplicaState state = Reducer.reduce(List.of(created, objected));
        assertEquals(OpOutcome.rejected(WorkOrderFold.RULE_NOT_CONFIRMED), state.outcome(objected.id()));
    }

    @Test
    void theFormsFieldsAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkOrderOps.ObjectionDecided(ObjectionDecision.ADJUST, null, "调整"));
        assertThrows(IllegalArgumentException.class,
                () -> new WorkOrderOps.ObjectionDecided(ObjectionDecision.WITHDRAW, 100L, "撤销"));
        assertThrows(IllegalArgumentException.class,
                () -> new WorkOrderOps.ObjectionDecided(ObjectionDecision.MAINTAIN, null, " "));
        assertThrows(IllegalArgumentException.class, () -> new WorkOrderOps.ObjectionRecorded("2026-13", "理由", "陈静",
                Instant.ofEpochMilli(T0)));
        assertThrows(IllegalArgumentException.class, () -> new WorkOrderOps.ObjectionRecorded("2026-Q4", "理由", "",
                Instant.ofEpochMilli(T0)));
    }
}
