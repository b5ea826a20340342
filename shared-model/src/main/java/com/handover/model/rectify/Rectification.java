package com.handover.model.rectify;

import com.handover.model.DefectStatus;
import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.WorkOrderStatus;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.WorkOrderState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sending a defect found at handover to its responsible contractor for 整改: one work order from the defect with
 * its 整改期限, assigned to the contractor and the maintenance user who follows it up, and the defect ASSIGNED
 * to that contractor. The console, the app and the demo all build these three payloads here.
 */
public final class Rectification {

    /** Days given by default; the seed names no 整改 period, so this is the product's default. */
    public static final int DEFAULT_DAYS = 7;
    /** The furthest 整改期限 accepted, in days from today. */
    public static final int MAX_DAYS = 90;
    private static final Set<DefectStatus> SENDABLE = EnumSet.of(DefectStatus.OPEN, DefectStatus.REOPENED);
    private static final Set<WorkOrderStatus> BEFORE_COMPLETION = EnumSet.of(WorkOrderStatus.CREATED,
            WorkOrderStatus.ASSIGNED, WorkOrderStatus.ARRIVED, WorkOrderStatus.SELF_REPAIR);
    private static final Set<DefectStatus> FOLLOWS = EnumSet.of(DefectStatus.OPEN, DefectStatus.ASSIGNED,
            DefectStatus.IN_REPAIR, DefectStatus.REOPENED);

    /** The defect as the order copies it. */
    public record Defect(UUID id, UUID unitId, String room, String description, Severity severity,
                         String warrantyCategory) {
    }

    /** The three operations' payloads, written in this order. */
    public record Steps(WorkOrderOps.Created created, WorkOrderOps.Assigned assigned,
                        DefectOps.Assigned defectAssigned) {
    }

    /** A defect operation to record beside a step of its work order. */
    public record DefectStep(OperationType type, Payload payload) {
    }

    private Rectification() {
    }

    /**
     * True when the defect may be sent for 整改 now: open, or reopened by a failed 复验, and no order of it is
     * still before its completion (a completed order whose repair failed the 复验 does not block a new one).
     */
    public static boolean sendable(Collection<WorkOrderState> orders, DefectState defect) {
        return SENDABLE.contains(defect.status()) && orders.stream()
                .noneMatch(w -> defect.id().equals(w.defectId()) && BEFORE_COMPLETION.contains(w.status()));
    }

    /**
     * What the defect records when its work order is checked in on site (IN_REPAIR) or completed (REPAIRED), so
     * that the 复验 finds it repaired; empty for other steps or a defect already past that point.
     */
    public static Optional<DefectStep> followingStep(DefectState defect, Payload orderStep) {
        if (defect == null || !FOLLOWS.contains(defect.status())) {
            return Optional.empty();
        }
        if (orderStep instanceof WorkOrderOps.Arrived && defect.status() != DefectStatus.IN_REPAIR) {
            return Optional.of(new DefectStep(OperationType.DEFECT_REPAIR_STARTED, new DefectOps.RepairStarted(null)));
        }
        if (orderStep instanceof WorkOrderOps.Completed c) {
            return Optional.of(new DefectStep(OperationType.DEFECT_REPAIRED,
                    new DefectOps.Repaired(c.note(), c.afterPhotos())));
        }
        return Optional.empty();
    }

    public static LocalDate defaultDeadline(LocalDate today) {
        return today.plusDays(DEFAULT_DAYS);
    }

    public static LocalDate latestDeadline(LocalDate today) {
        return today.plusDays(MAX_DAYS);
    }

    /** Why {@code rectifyBy} cannot be the 整改期限 set on {@code today}, or empty when it can. */
    public static Optional<String> deadlineProblem(LocalDate rectifyBy, LocalDate today) {
        if (rectifyBy == null) {
            return Optional.of("rectifyBy is required");
        }
        if (rectifyBy.isBefore(today) || rectifyBy.isAfter(latestDeadline(today))) {
            return Optional.of("rectifyBy must be from " + today + " to " + latestDeadline(today));
        }
        return Optional.empty();
    }

    public static Steps steps(Defect d, UUID contractorId, String assignee, LocalDate rectifyBy,
                              long estimatedCostFen, Instant now) {
        return new Steps(new WorkOrderOps.Created(d.unitId(), WorkOrderSource.DEFECT, d.id(), null, d.room(),
                d.description(), d.severity(), d.warrantyCategory(), estimatedCostFen,
                d.severity() == Severity.EMERGENCY, now, rectifyBy),
                new WorkOrderOps.Assigned(contractorId, assignee), new DefectOps.Assigned(contractorId));
    }
}
