package com.handover.model.sync.ops;

import com.handover.model.Checks;
import com.handover.model.ComplaintCategory;
import com.handover.model.IntakeChannel;
import com.handover.model.Severity;
import java.time.Instant;
import java.util.UUID;

/** Payloads of the operations on a complaint or repair request taken by the office (受理 → 答复 → 回访). */
public final class ComplaintOps {

    private ComplaintOps() {
    }

    public record Received(UUID unitId, IntakeChannel channel, ComplaintCategory category, String room,
                           String description, Severity urgency, String callerName, String callerPhone,
                           Instant receivedAt) implements Payload {
        public Received {
            Checks.required("unitId", unitId);
            Checks.required("channel", channel);
            Checks.required("category", category);
            if (room != null) {
                Checks.roomKey("room", room);
            }
            Checks.text("description", description, Checks.MAX_TEXT);
            Checks.required("urgency", urgency);
            Checks.optionalText("callerName", callerName, Checks.MAX_NAME);
            Checks.optionalText("callerPhone", callerPhone, 32);
            Checks.required("receivedAt", receivedAt);
        }
    }

    public record Answered(String answer, Instant at) implements Payload {
        public Answered {
            Checks.text("answer", answer, Checks.MAX_TEXT);
            Checks.required("at", at);
        }
    }

    public record Closed(int satisfaction, String note) implements Payload {
        public Closed {
            if (satisfaction < 1 || satisfaction > 5) {
                throw new IllegalArgumentException("satisfaction must be 1..5");
            }
            Checks.optionalText("note", note, Checks.MAX_TEXT);
        }
    }
}
