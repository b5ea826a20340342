package com.handover.model.sync.ops;

import com.handover.model.Checks;
import com.handover.model.ComplaintCategory;
import com.handover.model.ComplaintDepartment;
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

    /**
     * 处置 (SM03-08 投诉处理方案附页): the department responsible for the complaint, its 处理方案 and who in that
     * department carries it out. A later plan replaces the earlier one.
     */
    public record Handled(ComplaintDepartment department, String plan, String handler) implements Payload {
        public Handled {
            Checks.required("department", department);
            Checks.text("plan", plan, Checks.MAX_TEXT);
            Checks.optionalText("handler", handler, Checks.MAX_NAME);
        }
    }

    /**
     * A major complaint (重大投诉) reported at once to the next level up, so that the 第一责任人 handles it in
     * person (投诉处理原则「快速反映」): to whom, and why it is major.
     */
    public record Escalated(String escalatedTo, String reason) implements Payload {
        public Escalated {
            Checks.text("escalatedTo", escalatedTo, Checks.MAX_NAME);
            Checks.text("reason", reason, Checks.MAX_TEXT);
        }
    }

    /**
     * Whether the complaint is 有效 or 无效 (投诉处理原则「适度拒绝」); the reason is required, and for an invalid one
     * it says what the owner was told (the 申诉渠道 and the suggested way forward).
     */
    public record Judged(boolean valid, String reason) implements Payload {
        public Judged {
            Checks.text("reason", reason, Checks.MAX_TEXT);
        }
    }
}
