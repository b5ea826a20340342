package com.handover.model.rectify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.DefectStatus;
import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.DefectState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RectificationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    private static DefectState defect(DefectStatus status) {
        return DefectState.builder(UUID.randomUUID(), UUID.randomUUID()).room("LIVING").description("墙面空鼓")
                .severity(Severity.NORMAL).trade("CIVIL").warrantyCategory("PLASTER").noPhotoReason("无")
                .reportedOn(TODAY).status(status).openedBy("inspector").build();
    }

    @Test
    void theDeadlineRunsFromTodayToNinetyDaysAhead() {
        assertEquals(TODAY.plusDays(7), Rectification.defaultDeadline(TODAY));
        assertTrue(Rectification.deadlineProblem(TODAY, TODAY).isEmpty());
        assertTrue(Rectification.deadlineProblem(TODAY.plusDays(90), TODAY).isEmpty());
        assertTrue(Rectification.deadlineProblem(TODAY.minusDays(1), TODAY).isPresent());
        assertTrue(Rectification.deadlineProblem(TODAY.plusDays(91), TODAY).isPresent());
        assertTrue(Rectification.deadlineProblem(null, TODAY).isPresent());
    }

    @Test
    void theOrderCopiesTheDefectAndCarriesTheDeadline() {
        DefectState d = defect(DefectStatus.OPEN);
        UUID contractor = UUID.randomUUID();
        var steps = Rectification.steps(new Rectification.Defect(d.id(), d.unitId(), d.room(), d.description(),
                Severity.EMERGENCY, d.warrantyCategory()), contractor, "maintenance", TODAY.plusDays(3), 30_000,
                Instant.parse("2026-11-16T02:00:00Z"));
        assertEquals(WorkOrderSource.DEFECT, steps.created().source());
        assertEquals(d.id(), steps.created().defectId());
        assertEquals(TODAY.plusDays(3), steps.created().rectifyBy());
        assertTrue(steps.created().emergency());
        assertEquals(contractor, steps.assigned().contractorId());
        assertEquals("maintenance", steps.assigned().assignee());
        assertEquals(contractor, steps.defectAssigned().contractorId());
    }

    @Test
    void theDefectFollowsCheckInAndCompletionOfItsOrder() {
        var arrived = new WorkOrderOps.Arrived(Instant.parse("2026-11-17T02:00:00Z"));
        var completed = new WorkOrderOps.Completed("已修复", 100, List.of(), List.of());
        assertEquals(OperationType.DEFECT_REPAIR_STARTED,
                Rectification.followingStep(defect(DefectStatus.ASSIGNED), arrived).orElseThrow().type());
        assertTrue(Rectification.followingStep(defect(DefectStatus.IN_REPAIR), arrived).isEmpty());
        assertEquals(OperationType.DEFECT_REPAIRED,
                Rectification.followingStep(defect(DefectStatus.IN_REPAIR), completed).orElseThrow().type());
        assertTrue(Rectification.followingStep(defect(DefectStatus.CLOSED), completed).isEmpty());
        assertTrue(Rectification.followingStep(defect(DefectStatus.VOID), completed).isEmpty());
        assertTrue(Rectification.followingStep(null, completed).isEmpty());
    }
}
