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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A unit's timeline, read from its operation log: inspections started and signed, defects opened and their
 * repair, work orders, complaints and return visits. Item answers, readings and key counts are left to the
 * inspection page. A step of one repair recorded on the work order and its defect together (dispatch, arrival,
 * completion) is one line, and lines about a repair name its item or work order.
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

    /** The steps of one repair that the office or the repairer takes together, each shown as one line. */
    private enum Step { DISPATCH, ARRIVAL, COMPLETION }

    private static final long SAME_ACTION_MILLIS = 60_000;

    private final OperationCodec codec = new OperationCodec();

    public List<Event> of(Connection c, UUID unitId, Messages msg, Map<UUID, String> contractorNames,
                          ChecklistNames names) throws SQLException {
        Reading reading = new Reading(msg, contractorNames, names);
        long position = 0;
        for (String json : Sql.query(c, "SELECT op_json FROM operations WHERE unit_id = ? ORDER BY position",
                rs -> rs.getString(1), unitId)) {
            try {
                reading.add(codec.fromJson(json), position++);
            } catch (OperationFormatException e) {
                // An unreadable operation is left to the sync review page.
            }
        }
        return reading.events();
    }

    /** The unit's log read in order: what each defect and work order is, and the lines so far. */
    private static final class Reading {
        private final Messages msg;
        private final Map<UUID, String> contractors;
        private final ChecklistNames names;
        private final Map<UUID, DefectOps.Opened> defects = new HashMap<>();
        private final Map<UUID, WorkOrderOps.Created> orders = new HashMap<>();
        private final Map<UUID, Long> confirmations = new HashMap<>();
        private final Map<String, Line> openSteps = new HashMap<>();
        private final List<Line> lines = new ArrayList<>();

        Reading(Messages msg, Map<UUID, String> contractors, ChecklistNames names) {
            this.msg = msg;
            this.contractors = contractors;
            this.names = names;
        }

        void add(Operation op, long position) {
            if (op.payload() instanceof DefectOps.Opened o) {
                defects.put(op.entity(), o);
            }
            if (op.payload() instanceof WorkOrderOps.Created w) {
                orders.put(op.entity(), w);
            }
            if (op.type() == OperationType.WORK_ORDER_CONFIRMED) {
                if (confirmations.merge(op.entity(), 1L, Long::sum) == 4) {
                    lines.add(new Line(op, position, msg.t("unit.tl.workorder.confirmedAll", orderName(op.entity()))));
                }
                return;
            }
            if (SKIPPED.contains(op.type())) {
                return;
            }
            Step step = step(op.type());
            if (step == null) {
                lines.add(new Line(op, position, text(op)));
                return;
            }
            String key = step + "|" + repairOf(op) + "|" + op.actor();
            Line open = openSteps.get(key);
            if (open != null && at(op).toEpochMilli() - open.at.toEpochMilli() <= SAME_ACTION_MILLIS) {
                open.ops.add(op);
            } else {
                open = new Line(op, position, null);
                open.step = step;
                openSteps.put(key, open);
                lines.add(open);
            }
        }

        List<Event> events() {
            List<Line> sorted = new ArrayList<>(lines);
            sorted.sort(Comparator.comparing((Line l) -> l.at).thenComparingLong(l -> l.position).reversed());
            List<Event> out = new ArrayList<>();
            for (Line l : sorted.subList(0, Math.min(MAX_EVENTS, sorted.size()))) {
                out.add(l.event(l.step == null ? l.text : stepText(l)));
            }
            return out;
        }

        /** The defect a step is about (a work order's defect, where it has one), else the work order. */
        private UUID repairOf(Operation op) {
            if (op.entityKind() == EntityKind.WORK_ORDER) {
                WorkOrderOps.Created w = orders.get(op.entity());
                return w != null && w.defectId() != null ? w.defectId() : op.entity();
            }
            return op.entity();
        }

        private String stepText(Line line) {
            Operation order = line.first(EntityKind.WORK_ORDER);
            String name = order != null ? orderName(order.entity()) : defectName(line.ops.get(0).entity());
            return switch (line.step) {
                case DISPATCH -> dispatchText(line, name);
                case ARRIVAL -> msg.t(order != null ? "unit.tl.workorder.arrived" : "unit.tl.defect.repair_started",
                        name);
                case COMPLETION -> msg.t(order != null ? "unit.tl.workorder.completed" : "unit.tl.defect.repaired",
                        name);
            };
        }

        private String dispatchText(Line line, String name) {
            String contractor = null;
            WorkOrderOps.Created created = null;
            for (Operation op : line.ops) {
                if (op.payload() instanceof WorkOrderOps.Created w) {
                    created = w;
                } else if (contractor == null && op.payload() instanceof WorkOrderOps.Assigned a) {
                    contractor = contractors.getOrDefault(a.contractorId(), "");
                } else if (contractor == null && op.payload() instanceof DefectOps.Assigned a) {
                    contractor = contractors.getOrDefault(a.contractorId(), "");
                }
            }
            if (created != null) {
                return contractor == null
                        ? msg.t("unit.tl.workorder.created", created.description(), msg.label(created.source()))
                        : msg.t("unit.tl.workorder.createdAssigned", created.description(),
                                msg.label(created.source()), contractor);
            }
            return msg.t(line.first(EntityKind.WORK_ORDER) != null ? "unit.tl.workorder.assigned"
                    : "unit.tl.defect.assigned", contractor, name);
        }

        /** A work order by what it is about. */
        private String orderName(UUID order) {
            WorkOrderOps.Created w = orders.get(order);
            return w == null ? "" : w.description();
        }

        /** A defect by its item and room, or by its description where it has no checklist item. */
        private String defectName(UUID defect) {
            DefectOps.Opened d = defects.get(defect);
            if (d == null) {
                return "";
            }
            return d.itemCode() == null ? d.description()
                    : msg.t("unit.tl.itemInRoom", names.room(d.room(), msg.lang()), names.anyItem(d.itemCode(), msg.lang()));
        }

        private String text(Operation op) {
            String key = "unit.tl." + op.type().wireName();
            if (!msg.has(key)) {
                String named = "op." + op.type().wireName();
                return msg.t(msg.has(named) ? named : "op.other");
            }
            String text = switch (op.entityKind()) {
                case INSPECTION -> inspectionText(op.payload(), key, msg);
                case DEFECT -> defectText(op, key);
                case WORK_ORDER -> workOrderText(op, key);
                case COMPLAINT -> complaintText(op.payload(), key, msg);
            };
            return text != null ? text : msg.t(key);
        }

        private String defectText(Operation op, String key) {
            Object p = op.payload();
            if (p instanceof DefectOps.Opened o) {
                return msg.t(key, o.description(), msg.label(o.severity()));
            }
            if (p instanceof DefectOps.Voided v) {
                return msg.t(key, v.reason());
            }
            if (p instanceof DefectOps.Reopened r) {
                return msg.t(key, r.reason());
            }
            return msg.t(key, defectName(op.entity()));
        }

        private String workOrderText(Operation op, String key) {
            Object p = op.payload();
            if (p instanceof WorkOrderOps.Escalated e) {
                return msg.t(key, SystemReasons.text(e.reason(), msg));
            }
            if (p instanceof WorkOrderOps.Revisited r) {
                return msg.t(key, r.satisfaction(), orderName(op.entity()));
            }
            if (p instanceof WorkOrderOps.Voided v) {
                return msg.t(key, v.reason());
            }
            if (p instanceof WorkOrderOps.Settled s) {
                return msg.t(key, s.period(), orderName(op.entity()));
            }
            if (p instanceof WorkOrderOps.ObjectionRecorded o) {
                return msg.t(key, o.reason());
            }
            if (p instanceof WorkOrderOps.ObjectionDecided d) {
                return msg.t(key, msg.label(d.decision()), d.reason());
            }
            return null;
        }
    }

    private static Step step(OperationType type) {
        return switch (type) {
            case WORK_ORDER_CREATED, WORK_ORDER_ASSIGNED, DEFECT_ASSIGNED -> Step.DISPATCH;
            case WORK_ORDER_ARRIVED, DEFECT_REPAIR_STARTED -> Step.ARRIVAL;
            case WORK_ORDER_COMPLETED, DEFECT_REPAIRED -> Step.COMPLETION;
            default -> null;
        };
    }

    private static Instant at(Operation op) {
        return Instant.ofEpochMilli(op.hlc().wallMillis());
    }

    /** One line of the timeline: an operation, or the operations of one step taken together. */
    private static final class Line {
        private final Instant at;
        private final long position;
        private final String text;
        private final List<Operation> ops = new ArrayList<>();
        private Step step;

        Line(Operation op, long position, String text) {
            this.at = at(op);
            this.position = position;
            this.text = text;
            ops.add(op);
        }

        Operation first(EntityKind kind) {
            return ops.stream().filter(o -> o.entityKind() == kind).findFirst().orElse(null);
        }

        Event event(String text) {
            Operation lead = first(EntityKind.WORK_ORDER) != null ? first(EntityKind.WORK_ORDER) : ops.get(0);
            String kind = switch (lead.entityKind()) {
                case INSPECTION -> "inspection";
                case DEFECT -> "defect";
                case WORK_ORDER -> "workorder";
                case COMPLAINT -> "complaint";
            };
            String link = lead.entityKind() == EntityKind.INSPECTION ? "/office/inspections/" + lead.entity() : null;
            return new Event(at, kind, text, lead.actor(), link);
        }
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
