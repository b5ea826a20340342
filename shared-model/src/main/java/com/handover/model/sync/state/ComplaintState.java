package com.handover.model.sync.state;

import com.handover.model.ComplaintCategory;
import com.handover.model.ComplaintDepartment;
import com.handover.model.ComplaintStatus;
import com.handover.model.IntakeChannel;
import com.handover.model.Severity;
import java.time.Instant;
import java.util.UUID;

/**
 * A complaint or repair request taken by the office, as the reducer folded it.
 *
 * @param handling   its 处置 (department, 处理方案, handler) in effect, or null before one is recorded
 * @param escalation its escalation as a major complaint, or null
 * @param validity   whether it was judged 有效 or 无效, or null before
 */
public record ComplaintState(UUID id, UUID unitId, IntakeChannel channel, ComplaintCategory category, String room,
                             String description, Severity urgency, String callerName, String callerPhone,
                             Instant receivedAt, ComplaintStatus status, String answer, Instant answeredAt,
                             Integer satisfaction, String closeNote, String receivedBy, Handling handling,
                             Escalation escalation, Validity validity) {

    /** 处置: who handles it and how, recorded by {@code by} at {@code at} (the recording device's clock). */
    public record Handling(ComplaintDepartment department, String plan, String handler, String by, Instant at) {
    }

    /** Reported as a 重大投诉 to {@code escalatedTo} by {@code by}. */
    public record Escalation(String escalatedTo, String reason, String by, Instant at) {
    }

    /** 有效 or 无效, with the reason, judged by {@code by}. */
    public record Validity(boolean valid, String reason, String by, Instant at) {
    }

    /** A major complaint (重大投诉): escalated to the next level up. */
    public boolean major() {
        return escalation != null;
    }
}
