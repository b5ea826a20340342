package com.handover.model.sync.state;

import com.handover.model.ComplaintCategory;
import com.handover.model.ComplaintStatus;
import com.handover.model.IntakeChannel;
import com.handover.model.Severity;
import java.time.Instant;
import java.util.UUID;

/** A complaint or repair request taken by the office, as the reducer folded it. */
public record ComplaintState(UUID id, UUID unitId, IntakeChannel channel, ComplaintCategory category, String room,
                             String description, Severity urgency, String callerName, String callerPhone,
                             Instant receivedAt, ComplaintStatus status, String answer, Instant answeredAt,
                             Integer satisfaction, String closeNote, String receivedBy) {
}
