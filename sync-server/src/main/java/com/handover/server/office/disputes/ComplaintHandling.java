package com.handover.server.office.disputes;

import com.handover.model.ComplaintDepartment;
import com.handover.model.ComplaintStatus;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.state.ComplaintState;
import com.handover.server.auth.User;
import com.handover.server.clock.ClockServices;
import com.handover.server.clock.UnitRecords;
import com.handover.server.store.Database;
import com.handover.server.store.EntityIndex;
import com.handover.server.sync.ServerOperations.Draft;
import java.util.List;
import java.util.UUID;

/**
 * The office's handling of a complaint that is not a repair (投诉处理工作流程 受理 → 处置 → 反馈 → 回访): the 处置
 * with its responsible department and 处理方案 (SM03-08), escalating a major complaint to the next level up, and
 * judging it 有效 or 无效. Each is one operation written through the server's own operation path.
 */
public final class ComplaintHandling {

    private final Database db;
    private final EntityIndex entities;
    private final ClockServices clocks;

    public ComplaintHandling(Database db, EntityIndex entities, ClockServices clocks) {
        this.db = db;
        this.entities = entities;
        this.clocks = clocks;
    }

    public void handle(UUID complaintId, ComplaintDepartment department, String plan, String handler, User office) {
        write(complaintId, OperationType.COMPLAINT_HANDLED, "handling", new ComplaintOps.Handled(department, plan, handler),
                office);
    }

    public void escalate(UUID complaintId, String escalatedTo, String reason, User office) {
        write(complaintId, OperationType.COMPLAINT_ESCALATED, "escalation", new ComplaintOps.Escalated(escalatedTo, reason),
                office);
    }

    public void judge(UUID complaintId, boolean valid, String reason, User office) {
        write(complaintId, OperationType.COMPLAINT_JUDGED, "validity", new ComplaintOps.Judged(valid, reason), office);
    }

    private void write(UUID complaintId, OperationType type, String field, Payload payload, User office) {
        UUID unit = db.read(c -> entities.unitOf(c, EntityKind.COMPLAINT, complaintId))
                .orElseThrow(() -> new DisputeRefused("disputes.complaint.none"));
        ReplicaState state = clocks.records().of(unit);
        ComplaintState k = state.complaints().get(complaintId);
        if (k == null) {
            throw new DisputeRefused("disputes.complaint.none");
        }
        if (k.status() == ComplaintStatus.CLOSED) {
            throw new DisputeRefused("disputes.complaint.closed");
        }
        UUID prev = UnitRecords.inEffect(state, EntityKind.COMPLAINT, complaintId, field);
        clocks.writer().write(office, List.of(Draft.of(type, complaintId, prev, payload)));
    }
}
