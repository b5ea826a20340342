package com.handover.server.clock;

import com.handover.model.sla.RepairSla;
import com.handover.server.sync.ServerOperations;
import com.handover.server.clock.SlaFlagStore.Flag;
import com.handover.server.config.ClockSettings;
import com.handover.server.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

    private final Database db;
    private final ServerOperations writer;
    private final WarrantyExpiries warranties;
    private final RepairClock repairClock;
    private final Escalations escalations;
    private final ClockSettings settings;
    private final Clock clock;

    public ClockJob(Database db, ServerOperations writer, WarrantyExpiries warranties, RepairClock repairClock,
                    Escalations escalations, ClockSettings settings, Clock clock) {
        this.db = db;
        this.writer = writer;
        this.warranties = warranties;
        this.repairClock = repairClock;
        this.escalations = escalations;
        this.settings = settings;
        this.clock = clock;
    }

    public Run run() {
        writer.awaitStateCaughtUp();
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
            SlaFlagStore.replace(c, db.dialect(), flags, now.toEpochMilli());
            return null;
        });
        return new Run(units, overdue.size(), late, escalated);
    }

    private boolean escalate(WorkOrderRow w, Instant now) {
        try {
            return escalations.escalate(w.id(), ServerOperations.SYSTEM, RepairSla.MISSED_ON_SITE_REASON, now,
                    true, true).escalated();
        } catch (ServerOperations.RefusedException e) {
            // Another node escalated the same order first (ID_REUSED), or it moved on meanwhile: nothing to do.
            LOG.info("escalation of work order {} not written: {}", w.id(), e.getMessage());
            return false;
        }
    }

    private List<Flag> lateComplaints(Connection c, Instant now) throws SQLException {
        List<Flag> late = new ArrayList<>();
        for (SlaFlagStore.WaitingComplaint w : SlaFlagStore.waitingComplaints(c)) {
            Instant due = repairClock.complaints().complaintAnswerDeadline(w.receivedAt());
            if (now.isAfter(due)) {
                late.add(new Flag(w.id(), COMPLAINT_ANSWER_LATE, "COMPLAINT", w.unitId(), w.projectId(),
                        due.toEpochMilli()));
            }
        }
        return late;
    }
}
