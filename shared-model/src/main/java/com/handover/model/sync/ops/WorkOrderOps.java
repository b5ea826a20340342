package com.handover.model.sync.ops;

import com.handover.model.Checks;
import com.handover.model.ObjectionDecision;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import com.handover.model.Signature;
import com.handover.model.SignerRole;
import com.handover.model.WorkOrderSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Payloads of the operations on a repair work order (维修单). Money is in fen (0.01 yuan). */
public final class WorkOrderOps {

    /** Largest cost accepted on one work order: 10 million yuan. */
    public static final long MAX_COST_FEN = 1_000_000_000L;
    private static final Pattern USER = Pattern.compile("[a-z0-9._-]{1,64}");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-Q[1-4]");

    private WorkOrderOps() {
    }

    /**
     * A new work order. {@code rectifyBy} is the 整改期限 set when a handover defect is sent to its responsible
     * contractor for 整改: the last day the repair is due; absent on other orders.
     */
    public record Created(UUID unitId, WorkOrderSource source, UUID defectId, UUID complaintId, String room,
                          String description, Severity severity, String warrantyCategory, long estimatedCostFen,
                          boolean emergency, Instant reportedAt, LocalDate rectifyBy) implements Payload {
        /** A work order without a 整改期限. */
        public Created(UUID unitId, WorkOrderSource source, UUID defectId, UUID complaintId, String room,
                       String description, Severity severity, String warrantyCategory, long estimatedCostFen,
                       boolean emergency, Instant reportedAt) {
            this(unitId, source, defectId, complaintId, room, description, severity, warrantyCategory,
                    estimatedCostFen, emergency, reportedAt, null);
        }

        public Created {
            Checks.required("unitId", unitId);
            Checks.required("source", source);
            if (source == WorkOrderSource.DEFECT) {
                Checks.required("defectId", defectId);
            }
            if (source == WorkOrderSource.COMPLAINT) {
                Checks.required("complaintId", complaintId);
            }
            if (room != null) {
                Checks.roomKey("room", room);
            }
            Checks.text("description", description, Checks.MAX_TEXT);
            Checks.required("severity", severity);
            if (warrantyCategory != null) {
                Checks.code("warrantyCategory", warrantyCategory);
            }
            cost("estimatedCostFen", estimatedCostFen);
            Checks.required("reportedAt", reportedAt);
            if (rectifyBy != null && source != WorkOrderSource.DEFECT) {
                throw new IllegalArgumentException("rectifyBy is set only on a work order for a defect");
            }
        }
    }

    /** The responsible contractor, and the maintenance user who will go, where one is named. */
    public record Assigned(UUID contractorId, String assignee) implements Payload {
        public Assigned {
            Checks.required("contractorId", contractorId);
            if (assignee != null && !USER.matcher(assignee).matches()) {
                throw new IllegalArgumentException("assignee must be a user name of 1-64 lower-case letters, digits, '.', '_' or '-'");
            }
        }
    }

    /** Check-in on site. */
    public record Arrived(Instant at) implements Payload {
        public Arrived {
            Checks.required("at", at);
        }
    }

    public record Completed(String note, long actualCostFen, List<PhotoRef> beforePhotos, List<PhotoRef> afterPhotos)
            implements Payload {
        public Completed {
            Checks.optionalText("note", note, Checks.MAX_TEXT);
            cost("actualCostFen", actualCostFen);
            beforePhotos = Checks.list("beforePhotos", beforePhotos);
            afterPhotos = Checks.list("afterPhotos", afterPhotos);
        }

        @Override
        public Set<String> namedPhotos() {
            return PhotoRef.hashes(beforePhotos, afterPhotos);
        }
    }

    /** One party's confirmation signature over the work order's content hash. */
    /** One party's confirmation of the repair: 维修部, 业主, 监理 or 项目部 (the inspector does not confirm repairs). */
    public record Confirmed(Signature signature, String contentHash) implements Payload {
        public Confirmed {
            Checks.required("signature", signature);
            if (signature.role() == SignerRole.INSPECTOR) {
                throw new IllegalArgumentException("signature.role of a repair confirmation must be MAINTENANCE,"
                        + " OWNER, SUPERVISOR or PROJECT_DEPARTMENT");
            }
            Checks.sha256("contentHash", contentHash);
        }
    }

    /** The contractor missed the deadline: the developer's own maintenance team takes the repair over. */
    /**
     * The 售后维修部 takes the repair over (SELF_REPAIR); {@code assignee}, optional, is the repairer it sends,
     * whose phone then holds the order.
     */
    public record Escalated(String reason, String assignee) implements Payload {
        public Escalated {
            Checks.text("reason", reason, Checks.MAX_TEXT);
            if (assignee != null && !USER.matcher(assignee).matches()) {
                throw new IllegalArgumentException("assignee must be a user name of 1-64 lower-case letters, digits, '.', '_' or '-'");
            }
        }

        public Escalated(String reason) {
            this(reason, null);
        }
    }

    public record Settled(String period) implements Payload {
        public Settled {
            Checks.required("period", period);
            if (!PERIOD.matcher(period).matches()) {
                throw new IllegalArgumentException("period must be a quarter like 2026-Q4");
            }
        }
    }

    /** The return visit (回访): the owner's satisfaction from 1 (very unhappy) to 5 (very happy). */
    public record Revisited(int satisfaction, String note) implements Payload {
        public Revisited {
            if (satisfaction < 1 || satisfaction > 5) {
                throw new IllegalArgumentException("satisfaction must be 1..5");
            }
            Checks.optionalText("note", note, Checks.MAX_TEXT);
        }
    }

    public record Voided(String reason) implements Payload {
        public Voided {
            Checks.text("reason", reason, Checks.MAX_TEXT);
        }
    }

    /**
     * A contractor's objection (异议) to the deduction booked on this order, as the office received it before the
     * quarter's settlement was final: the quarter, the contractor's reason, who received it and when.
     */
    public record ObjectionRecorded(String period, String reason, String receivedBy, Instant receivedAt)
            implements Payload {
        public ObjectionRecorded {
            Checks.required("period", period);
            if (!PERIOD.matcher(period).matches()) {
                throw new IllegalArgumentException("period must be a quarter like 2026-Q4");
            }
            Checks.text("reason", reason, Checks.MAX_TEXT);
            Checks.text("receivedBy", receivedBy, Checks.MAX_NAME);
            Checks.required("receivedAt", receivedAt);
        }
    }

    /**
     * The office's decision on the objection: 维持, 撤销 or 调整金额 (then {@code adjustedFen}, the deduction in fen),
     * always with a reason.
     */
    public record ObjectionDecided(ObjectionDecision decision, Long adjustedFen, String reason) implements Payload {
        public ObjectionDecided {
            Checks.required("decision", decision);
            if (decision == ObjectionDecision.ADJUST) {
                Checks.required("adjustedFen", adjustedFen);
                cost("adjustedFen", adjustedFen);
            } else if (adjustedFen != null) {
                throw new IllegalArgumentException("adjustedFen is given only with ADJUST");
            }
            Checks.text("reason", reason, Checks.MAX_TEXT);
        }
    }

    private static void cost(String field, long fen) {
        if (fen < 0 || fen > MAX_COST_FEN) {
            throw new IllegalArgumentException(field + " must be 0.." + MAX_COST_FEN + " fen");
        }
    }
}
