package com.handover.server.clock;

import com.handover.server.sync.ServerOperations;
import com.handover.server.config.ClockSettings;
import com.handover.server.store.Database;
import com.handover.server.store.Dialect;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the clocks: brings each handed-over unit's warranty expiries up to date, flags work orders past
 * their on-site deadline and complaints past their answer deadline ({@code sla_flags}), and, when configured,
 * escalates overdue work orders to self-repair. Pages compute the same clocks on read; the flags make "what is
 * late" one query and keep the time a deadline was first seen missed.
 */
public final class ClockJob {

    private static final Logger LOG = LoggerFactory.getLogger(ClockJob.class);

    public static final String WORK_ORDER_OVERDUE = "WORK_ORDER_OVERDUE";
    public static final String COMPLAINT_ANSWER_LATE = "COMPLAINT_ANSWER_LATE";

    /** What one run found and did. */
    public record Run(int warrantyUnitsComputed, int overdueWorkOrders, int lateComplaints, int escalated) {
    }

    private record Flag(UUID entityId, String flag, String kind, UUID unitId, UUID projectId, long dueAt) {
    }

    private final Database db;
    private final WarrantyExpiries warranties;
    private final RepairClock repairClock;
    private final Escalations escalations;
    private final ClockSettings settings;
    private final Clock clock;

    public ClockJob(Database db, WarrantyExpiries warranties, RepairClock repairClock, Escalations escalations,
                    ClockSettings settings, Clock clock) {
        this.db = db;
        this.warranties = warranties;
        this.repairClock = repairClock;
        this.escalations = escalations;
        this.settings = settings;
        this.clock = clock;
    }

    public Run run() {
        Instant now = clock.instant();
        int units = db.write(c -> warranties.refresh(c, now.toEpochMilli()));
        List<WorkOrderRow> overdue = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        db.read(c -> {
            for (WorkOrderRow w : WorkOrderRows.open(c)) {
                RepairClock.Status s = repairClock.status(w, now);
                if (s.overdue()) {
                    overdue.add(w);
                    flags.add(new Flag(w.id(), WORK_ORDER_OVERDUE, "WORK_ORDER", w.unitId(), w.projectId(),
                            s.deadline().due().toEpochMilli()));
                }
            }
            flags.addAll(lateComplaints(c, now));
            return null;
        });
        int escalated = 0;
        if (settings.autoEscalate()) {
            Set<UUID> taken = new HashSet<>();
            for (WorkOrderRow w : overdue) {
                if (escalate(w, now)) {
                    taken.add(w.id());
                    escalated++;
                }
            }
            // The developer's team has the order now: nobody is awaited on site any more.
            flags.removeIf(f -> f.flag().equals(WORK_ORDER_OVERDUE) && taken.contains(f.entityId()));
        }
        int late = (int) flags.stream().filter(f -> f.flag().equals(COMPLAINT_ANSWER_LATE)).count();
        db.write(c -> {
            replaceFlags(c, db.dialect(), flags, now.toEpochMilli());
            return null;
        });
        return new Run(units, overdue.size(), late, escalated);
    }

    private boolean escalate(WorkOrderRow w, Instant now) {
        String reason = "超过到场时限未到场,按维修工作规定转自修 / on-site deadline missed: repaired by the developer's team";
        try {
            return escalations.escalate(w.id(), ServerOperations.SYSTEM, reason, now, true, true).escalated();
        } catch (ServerOperations.RefusedException e) {
            // Another node escalated the same order first (ID_REUSED), or it moved on meanwhile: nothing to do.
            LOG.info("escalation of work order {} not written: {}", w.id(), e.getMessage());
            return false;
        }
    }

    private List<Flag> lateComplaints(Connection c, Instant now) throws SQLException {
        return Sql.query(c, "SELECT id, unit_id, project_id, received_at_ms FROM complaints WHERE status = 'RECEIVED'",
                        rs -> new Object[] {Sql.uuid(rs, "id"), Sql.uuid(rs, "unit_id"), Sql.uuid(rs, "project_id"),
                                rs.getLong(4)})
                .stream()
                .map(r -> {
                    Instant due = repairClock.complaints().complaintAnswerDeadline(Instant.ofEpochMilli((Long) r[3]));
                    return now.isAfter(due) ? new Flag((UUID) r[0], COMPLAINT_ANSWER_LATE, "COMPLAINT", (UUID) r[1],
                            (UUID) r[2], due.toEpochMilli()) : null;
                })
                .filter(f -> f != null)
                .toList();
    }

    /** Replaces the flags, keeping when each was first raised. Two nodes running at once both succeed. */
    private static void replaceFlags(Connection c, Dialect dialect, List<Flag> flags, long now) throws SQLException {
        Map<String, Long> firstSeen = new HashMap<>();
        for (var row : Sql.query(c, "SELECT entity_id, flag, flagged_at_ms FROM sla_flags",
                rs -> Map.entry(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3)))) {
            firstSeen.put(row.getKey(), row.getValue());
        }
        Sql.update(c, "DELETE FROM sla_flags");
        Map<String, Flag> unique = flags.stream()
                .collect(Collectors.toMap(f -> f.entityId() + "/" + f.flag(), Function.identity(), (a, b) -> a));
        try (PreparedStatement ps = c.prepareStatement(dialect.insertIgnore("sla_flags",
                "entity_id, flag, entity_kind, unit_id, project_id, due_at_ms, flagged_at_ms", Sql.placeholders(7),
                "entity_id, flag"))) {
            for (var e : unique.entrySet()) {
                Flag f = e.getValue();
                Sql.bind(ps, f.entityId(), f.flag(), f.kind(), f.unitId(), f.projectId(), f.dueAt(),
                        firstSeen.getOrDefault(e.getKey(), now));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
