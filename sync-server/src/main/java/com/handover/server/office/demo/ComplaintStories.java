package com.handover.server.office.demo;

import com.handover.model.ComplaintCategory;
import com.handover.model.IntakeChannel;
import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.site.Contractor;
import com.handover.model.site.Unit;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.ops.WorkOrderOps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Owners' calls taken at the office desk: some answered in time, one late, one still waiting past its 24 h
 * answer deadline, some closed after a return visit, and one that became a repair work order due today.
 */
final class ComplaintStories {

    private static final ComplaintCategory[] CATEGORIES = {ComplaintCategory.HOUSING_QUALITY,
        ComplaintCategory.HOUSING_QUALITY, ComplaintCategory.DECORATION_QUALITY, ComplaintCategory.HOUSING_QUALITY,
        ComplaintCategory.DECORATION_QUALITY, ComplaintCategory.PLANNING_DESIGN, ComplaintCategory.DECORATION_QUALITY,
        ComplaintCategory.HOUSING_QUALITY};
    private static final String[] ROOMS = {"BATHROOM-1", null, "LIVING", "KITCHEN", "BALCONY-1", null, "BEDROOM-1", "LIVING"};
    /** When each was received, in hours before now, and what happened to it (A answered, L answered late, C closed, W work order). */
    private static final int[] HOURS_AGO = {2, 30, 72, 20, 150, 200, 120, 240};
    private static final String[] PATH = {"", "", "A", "AW", "AC", "AC", "LC", "AC"};

    private final HistoryWriter w;

    ComplaintStories(HistoryWriter w) {
        this.w = w;
    }

    void plan(List<Unit> units) {
        for (int n = 0; n < HOURS_AGO.length && n < units.size(); n++) {
            Unit unit = units.get((n * 37 + 11) % units.size());
            UUID complaint = w.nextId();
            Instant received = w.now().minus(Duration.ofHours(HOURS_AGO[n]));
            String description = DemoTexts.complaint(n);
            String path = PATH[n];
            String room = ROOMS[n];
            ComplaintCategory category = CATEGORIES[n];
            String caller = unit.ownerName();
            String phone = unit.ownerPhone();
            IntakeChannel channel = n % 3 == 0 ? IntakeChannel.PHONE : IntakeChannel.DESK;
            w.counts.complaints++;
            w.at(received, w.desk, () -> w.desk.record(OperationType.COMPLAINT_RECEIVED, complaint,
                    new ComplaintOps.Received(unit.id(), channel, category,
                            room, description, Severity.NORMAL, caller, phone, received)));
            if (path.contains("W")) {
                UUID wo = w.nextId();
                Contractor k = w.contractorFor("PLUMBING");
                Instant at = received.plus(Duration.ofMinutes(20));
                w.counts.workOrders++;
                w.at(at, w.desk, () -> {
                    w.desk.record(OperationType.WORK_ORDER_CREATED, wo, new WorkOrderOps.Created(unit.id(),
                            WorkOrderSource.COMPLAINT, null, complaint, room, description, Severity.NORMAL, "PIPE_BLOCKAGE",
                            30_000, false, received));
                    w.desk.record(OperationType.WORK_ORDER_ASSIGNED, wo, new WorkOrderOps.Assigned(k.id(),
                            w.maintenance.username()));
                });
            }
            if (path.contains("A") || path.contains("L")) {
                Instant answered = received.plus(Duration.ofHours(path.contains("L") ? 31 : 3));
                w.at(answered, w.desk, () -> w.desk.record(OperationType.COMPLAINT_ANSWERED, complaint,
                        new ComplaintOps.Answered("已安排维修人员上门查看，预约明日上午。", answered)));
            }
            if (path.contains("C")) {
                Instant closed = received.plus(Duration.ofDays(3));
                w.at(closed, w.desk, () -> w.desk.record(OperationType.COMPLAINT_CLOSED, complaint,
                        new ComplaintOps.Closed(4, "回访：问题已解决，业主满意")));
            }
        }
    }
}
