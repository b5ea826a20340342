package com.handover.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.DefectCloseReason;
import com.handover.model.DefectStatus;
import com.handover.model.ItemResult;
import com.handover.model.SignOffDecision;
import com.handover.model.SignerRole;
import com.handover.model.WorkOrderStatus;
import com.handover.model.signoff.WorkOrderContent;
import com.handover.model.sync.fold.DefectFold;
import com.handover.model.sync.fold.InspectionFold;
import com.handover.model.sync.fold.WorkOrderFold;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.ItemEntry;
import com.handover.model.testing.Ops;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The merge rules of WORKFLOWS.md, one example each. */
class ReducerRulesTest {

    private static final long T0 = Instant.parse("2026-10-01T02:00:00Z").toEpochMilli();
    private static final UUID INSPECTION = Ops.id("inspection");
    private static final UUID DEFECT = Ops.id("defect");
    private static final UUID ORDER = Ops.id("order");
    private static final String WALL = "F-LIVING-WALL_FLAT";

    private final Ops tablet = new Ops("tablet", "inspector", T0);
    private final Ops phone = new Ops("phone", "inspector2", T0);
    private final Ops office = new Ops("office", "office", T0);

    @Test
    void aWriteThatSawThePreviousValueIsNotAConflict() {
        Operation start = tablet.startInspection(INSPECTION, "LIVING");
        Operation first = tablet.item(INSPECTION, "LIVING", WALL, ItemResult.FAIL, null);
        Operation second = phone.at(T0 + 60_000).item(INSPECTION, "LIVING", WALL, ItemResult.PASS, first);
        ReplicaState state = Reducer.reduce(List.of(start, first, second));
        assertEquals(ItemResult.PASS, item(state).result());
        assertTrue(state.conflicts().isEmpty());
        assertEquals(OpOutcome.SUPERSEDED, state.outcome(first.id()));
    }

    @Test
    void concurrentWritesToOneItemAreResolvedByClockAndRecordedAsAConflict() {
        Operation start = tablet.startInspection(INSPECTION, "LIVING");
        Operation onTablet = tablet.item(INSPECTION, "LIVING", WALL, ItemResult.FAIL, null);
        Operation onPhone = phone.at(T0 + 60_000).item(INSPECTION, "LIVING", WALL, ItemResult.PASS, null);
        ReplicaState state = Reducer.reduce(List.of(onPhone, start, onTablet));
        assertEquals(ItemResult.PASS, item(state).result());
        assertEquals(List.of(new Conflict(EntityKind.INSPECTION, INSPECTION, "item:LIVING/" + WALL, onPhone.id(),
                onTablet.id())), state.conflicts());
        assertTrue(state.operation(onTablet.id()).isPresent(), "the losing write stays in the record");
    }

    @Test
    void findingsAreFrozenOnceTheOwnerSigned() {
        Operation start = tablet.startInspection(INSPECTION, "LIVING");
        Operation fail = tablet.item(INSPECTION, "LIVING", WALL, ItemResult.FAIL, null);
        // Recorded on another device before the signature, but the signing tablet never saw it.
        Operation concurrent = phone.at(T0 + 1_500).item(INSPECTION, "LIVING", "F-LIVING-FLOOR_FLAT", ItemResult.FAIL, null);
        Operation signed = tablet.sign(INSPECTION, List.of(start, fail), SignOffDecision.ACCEPT_WITH_DEFECTS);
        Operation later = tablet.item(INSPECTION, "LIVING", WALL, ItemResult.PASS, fail);

        ReplicaState state = Reducer.reduce(List.of(start, fail, concurrent, signed, later));
        var inspection = state.inspections().get(INSPECTION);
        assertTrue(inspection.signed());
        assertEquals(ItemResult.FAIL, item(state).result());
        assertEquals(1, inspection.items().size());
        assertEquals(OpOutcome.OUTSIDE_SIGNED_RECORD, state.outcome(later.id()));
        assertEquals(OpOutcome.OUTSIDE_SIGNED_RECORD, state.outcome(concurrent.id()));
        assertEquals(List.of(concurrent.id(), later.id()).stream().sorted().toList(), inspection.outsideSignedRecord());
    }

    @Test
    void aSecondSignatureIsKeptButRefused() {
        Operation start = tablet.startInspection(INSPECTION, "LIVING");
        Operation signed = tablet.sign(INSPECTION, List.of(start), SignOffDecision.ACCEPT);
        Operation again = phone.at(T0 + 10_000).sign(INSPECTION, List.of(start), SignOffDecision.REFUSE);
        ReplicaState state = Reducer.reduce(List.of(again, signed, start));
        assertEquals(SignOffDecision.ACCEPT, state.inspections().get(INSPECTION).signOff().decision());
        assertEquals(OpOutcome.rejected(InspectionFold.RULE_ALREADY_SIGNED), state.outcome(again.id()));
    }

    @Test
    void aDefectOpenedAfterTheSignatureIsKeptAndMarkedOutsideTheSignedRecord() {
        Operation start = tablet.startInspection(INSPECTION, "LIVING");
        Operation signed = tablet.sign(INSPECTION, List.of(start), SignOffDecision.ACCEPT);
        Operation opened = tablet.openDefect(DEFECT, INSPECTION, "LIVING", WALL);
        ReplicaState state = Reducer.reduce(List.of(opened, signed));
        assertEquals(OpOutcome.AWAITING_RECORD, state.outcome(signed.id()), "the start is not held yet");
        Reducer.apply(state, List.of(start));
        assertTrue(state.defects().get(DEFECT).outsideSignedRecord());
        assertEquals(OpOutcome.APPLIED, state.outcome(signed.id()));
    }

    @Test
    void aRepairedDefectCanBeReopenedAndAnUnrepairedOneCannotBeClosedByTheOwner() {
        Operation opened = tablet.openDefect(DEFECT, null, "LIVING", WALL);
        Operation closeEarly = tablet.closeByOwner(DEFECT, null);
        Operation repaired = phone.at(T0 + 5_000).defectStatus(DEFECT, null, new DefectOps.Repaired("已修补", List.of()));
        Operation closed = phone.closeByOwner(DEFECT, repaired);
        Operation reopened = tablet.at(T0 + 9_000).defectStatus(DEFECT, closed, new DefectOps.Reopened("又开裂", null, List.of()));
        ReplicaState state = Reducer.reduce(List.of(opened, closeEarly, repaired, closed, reopened));
        var defect = state.defects().get(DEFECT);
        assertEquals(DefectStatus.REOPENED, defect.status());
        assertEquals(1, defect.reopenCount());
        assertEquals(OpOutcome.rejected(DefectFold.RULE_NOT_REPAIRED), state.outcome(closeEarly.id()));
    }

    @Test
    void aPassedReinspectionClosesADefectInAnyOpenStateAndNothingMovesAVoidDefect() {
        Operation opened = tablet.openDefect(DEFECT, null, "LIVING", WALL);
        Operation passed = tablet.defectStatus(DEFECT, null, new DefectOps.Closed(DefectCloseReason.REINSPECTION_PASSED, INSPECTION));
        assertEquals(DefectStatus.CLOSED, Reducer.reduce(List.of(opened, passed)).defects().get(DEFECT).status());

        Operation voided = office.at(T0 + 20_000).defectStatus(DEFECT, passed, new DefectOps.Voided("重复登记"));
        Operation reopened = tablet.at(T0 + 30_000).defectStatus(DEFECT, voided, new DefectOps.Reopened("不同意", null, List.of()));
        ReplicaState state = Reducer.reduce(List.of(opened, passed, voided, reopened));
        assertEquals(DefectStatus.VOID, state.defects().get(DEFECT).status());
        assertEquals(OpOutcome.rejected(DefectFold.RULE_VOID), state.outcome(reopened.id()));
    }

    @Test
    void aWorkOrderIsConfirmedOnlyWithAllFourSignaturesInAnyOrder() {
        List<Operation> ops = new ArrayList<>(completedOrder(phone));
        var state = Reducer.reduce(ops);
        String hash = WorkOrderContent.of(state.workOrders().get(ORDER)).hash();
        ops.add(office.at(T0 + 100_000).confirm(ORDER, SignerRole.PROJECT_DEPARTMENT, hash));
        ops.add(phone.at(T0 + 90_000).confirm(ORDER, SignerRole.OWNER, hash));
        ops.add(phone.confirm(ORDER, SignerRole.MAINTENANCE, hash));
        state = Reducer.reduce(ops);
        assertEquals(WorkOrderStatus.COMPLETED, state.workOrders().get(ORDER).status());
        assertEquals(java.util.Set.of(SignerRole.SUPERVISOR), state.workOrders().get(ORDER).missingConfirmations());

        ops.add(tablet.at(T0 + 95_000).confirm(ORDER, SignerRole.SUPERVISOR, hash));
        assertEquals(WorkOrderStatus.CONFIRMED, Reducer.reduce(ops).workOrders().get(ORDER).status());
    }

    @Test
    void aConfirmationBeforeCompletionIsRefused() {
        Operation created = office.createWorkOrder(ORDER, 50_000, false);
        Operation early = phone.at(T0 + 5_000).confirm(ORDER, SignerRole.OWNER, Ops.PHOTO);
        ReplicaState state = Reducer.reduce(List.of(created, early));
        assertEquals(OpOutcome.rejected(WorkOrderFold.RULE_NOT_COMPLETED), state.outcome(early.id()));
    }

    @Test
    void workObservedOnSiteOutranksAReassignmentMadeElsewhere() {
        for (long reassignAt : new long[] {T0 + 25_000, T0 + 45_000}) {
            List<Operation> ops = new ArrayList<>(completedOrder(phone));
            Operation assignedToA = ops.get(1);
            Operation reassign = office.at(reassignAt).workOrderStep(OperationType.WORK_ORDER_ASSIGNED, ORDER,
                    assignedToA, new WorkOrderOps.Assigned(Ops.CONTRACTOR_B, "other"));
            ops.add(reassign);
            ReplicaState state = Reducer.reduce(ops);
            var order = state.workOrders().get(ORDER);
            assertEquals(WorkOrderStatus.COMPLETED, order.status(), "reassigned at " + reassignAt);
            assertEquals(Ops.CONTRACTOR_A, order.contractorId(), "the contractor who did the work");
            assertFalse(state.conflictsOf(EntityKind.WORK_ORDER, ORDER).isEmpty(), "the reassignment is shown as a conflict");
            assertTrue(state.operation(reassign.id()).isPresent());
        }
    }

    @Test
    void operationsOnARecordNotYetHeldWaitForIt() {
        Operation item = tablet.item(Ops.id("elsewhere"), "LIVING", WALL, ItemResult.PASS, null);
        ReplicaState state = Reducer.reduce(List.of(item));
        assertEquals(OpOutcome.AWAITING_RECORD, state.outcome(item.id()));
        assertNull(state.inspections().get(Ops.id("elsewhere")));
    }

    /** created (office) → assigned to A (office) → arrived, completed (on site, seeing the assignment). */
    private List<Operation> completedOrder(Ops onSite) {
        Operation created = office.at(T0).createWorkOrder(ORDER, 80_000, false);
        Operation assigned = office.workOrderStep(OperationType.WORK_ORDER_ASSIGNED, ORDER, null,
                new WorkOrderOps.Assigned(Ops.CONTRACTOR_A, "fixer"));
        Operation arrived = onSite.at(T0 + 30_000).workOrderStep(OperationType.WORK_ORDER_ARRIVED, ORDER, assigned,
                new WorkOrderOps.Arrived(Instant.ofEpochMilli(T0 + 30_000)));
        Operation completed = onSite.at(T0 + 50_000).workOrderStep(OperationType.WORK_ORDER_COMPLETED, ORDER, arrived,
                new WorkOrderOps.Completed("更换角阀", 60_000, List.of(), List.of()));
        return List.of(created, assigned, arrived, completed);
    }

    private static ItemEntry item(ReplicaState state) {
        return state.inspections().get(INSPECTION).items().get(ItemEntry.key("LIVING", WALL));
    }
}
