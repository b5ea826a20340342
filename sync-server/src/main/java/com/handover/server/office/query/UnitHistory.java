package com.handover.server.office.query;

import com.handover.model.json.OperationCodec;
import com.handover.model.json.OperationFormatException;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.server.office.web.Messages;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A unit's timeline, read from its operation log: inspections started and signed, defects opened and their
 * repair, work orders, complaints and return visits. Item answers, readings and key counts are left to the
 * inspection page.
 */
public final class UnitHistory {

    /** Most events shown, newest first. */
    public static final int MAX_EVENTS = 400;

    private static final Set<OperationType> SKIPPED = EnumSet.of(OperationType.INSPECTION_ITEM_RECORDED,
            OperationType.INSPECTION_METER_READ, OperationType.INSPECTION_KEYS_COUNTED,
            OperationType.DEFECT_PHOTO_ANNOTATED, OperationType.WORK_ORDER_CONFIRMED);

    /**
     * One event.
     *
     * @param kind  inspection, defect, workorder or complaint (for its colour)
     * @param text  what happened, in the page's language
     * @param link  the page of the record, where there is one
     */
    public record Event(Instant at, String kind, String text, String actor, String link) {
    }

    private final OperationCodec codec = new OperationCodec();

    public List<Event> of(Connection c, UUID unitId, Messages msg, Map<UUID, String> contractorNames)
            throws SQLException {
        List<Event> out = new ArrayList<>();
        Map<UUID, Long> confirmations = new HashMap<>();
        for (String json : Sql.query(c, "SELECT op_json FROM operations WHERE unit_id = ? ORDER BY position",
                rs -> rs.getString(1), unitId)) {
            Operation op;
            try {
                op = codec.fromJson(json);
            } catch (OperationFormatException e) {
                continue;
            }
            if (op.type() == OperationType.WORK_ORDER_CONFIRMED) {
                confirmations.merge(op.entity(), 1L, Long::sum);
                if (confirmations.get(op.entity()) == 4) {
                    out.add(event(op, msg.t("unit.tl.workorder.confirmedAll")));
                }
                continue;
            }
            if (SKIPPED.contains(op.type())) {
                continue;
            }
            out.add(event(op, text(op, msg, contractorNames)));
        }
        out.sort((a, b) -> b.at().compareTo(a.at()));
        return out.size() > MAX_EVENTS ? out.subList(0, MAX_EVENTS) : out;
    }

    private static Event event(Operation op, String text) {
        String kind = switch (op.entityKind()) {
            case INSPECTION -> "inspection";
            case DEFECT -> "defect";
            case WORK_ORDER -> "workorder";
            case COMPLAINT -> "complaint";
        };
        String link = op.entityKind() == EntityKind.INSPECTION
                ? "/office/inspections/" + op.entity() : null;
        return new Event(Instant.ofEpochMilli(op.hlc().wallMillis()), kind, text, op.actor(), link);
    }

    private static String text(Operation op, Messages msg, Map<UUID, String> contractors) {
        String key = "unit.tl." + op.type().wireName();
        if (!msg.has(key)) {
            String named = "op." + op.type().wireName();
            return msg.t(msg.has(named) ? named : "op.other");
        }
        String text = switch (op.entityKind()) {
            case INSPECTION -> inspectionText(op.payload(), key, msg);
            case DEFECT -> defectText(op.payload(), key, msg, contractors);
            case WORK_ORDER -> workOrderText(op.payload(), key, msg, contractors);
            case COMPLAINT -> complaintText(op.payload(), key, msg);
        };
        return text != null ? text : msg.t(key);
    }

    private static String inspectionText(Object p, String key, Messages msg) {
        if (p instanceof InspectionOps.Started s) {
            return msg.t(key, msg.label(s.kind()));
        }
        if (p instanceof InspectionOps.Signed s) {
            return msg.t(key, msg.label(s.decision()));
        }
        return null;
    }

    private static String defectText(Object p, String key, Messages msg, Map<UUID, String> contractors) {
        if (p instanceof DefectOps.Opened o) {
            return msg.t(key, o.description(), msg.label(o.severity()));
        }
        if (p instanceof DefectOps.Assigned a) {
            return msg.t(key, contractors.getOrDefault(a.contractorId(), ""));
        }
        if (p instanceof DefectOps.Voided v) {
            return msg.t(key, v.reason());
        }
        if (p instanceof DefectOps.Reopened r) {
            return msg.t(key, r.reason());
        }
        return null;
    }

    private static String workOrderText(Object p, String key, Messages msg, Map<UUID, String> contractors) {
        if (p instanceof WorkOrderOps.Created w) {
            return msg.t(key, w.description(), msg.label(w.source()));
        }
        if (p instanceof WorkOrderOps.Assigned a) {
            return msg.t(key, contractors.getOrDefault(a.contractorId(), ""));
        }
        if (p instanceof WorkOrderOps.Escalated e) {
            return msg.t(key, e.reason());
        }
        if (p instanceof WorkOrderOps.Revisited r) {
            return msg.t(key, r.satisfaction());
        }
        if (p instanceof WorkOrderOps.Voided v) {
            return msg.t(key, v.reason());
        }
        if (p instanceof WorkOrderOps.Settled s) {
            return msg.t(key, s.period());
        }
        if (p instanceof WorkOrderOps.ObjectionRecorded o) {
            return msg.t(key, o.reason());
        }
        if (p instanceof WorkOrderOps.ObjectionDecided d) {
            return msg.t(key, msg.label(d.decision()), d.reason());
        }
        return null;
    }

    private static String complaintText(Object p, String key, Messages msg) {
        if (p instanceof ComplaintOps.Received r) {
            return msg.t(key, r.description(), msg.label(r.channel()));
        }
        if (p instanceof ComplaintOps.Answered a) {
            return msg.t(key, a.answer());
        }
        if (p instanceof ComplaintOps.Closed k) {
            return msg.t(key, k.satisfaction());
        }
        if (p instanceof ComplaintOps.Handled h) {
            return msg.t(key, msg.label(h.department()), h.plan());
        }
        if (p instanceof ComplaintOps.Escalated e) {
            return msg.t(key, e.escalatedTo(), e.reason());
        }
        if (p instanceof ComplaintOps.Judged j) {
            return msg.t(j.valid() ? key + ".valid" : key + ".invalid", j.reason());
        }
        return null;
    }
}
