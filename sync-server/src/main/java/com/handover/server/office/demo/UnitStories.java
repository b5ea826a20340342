package com.handover.server.office.demo;

import com.handover.model.DefectCloseReason;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import com.handover.model.SignOffDecision;
import com.handover.model.SignerRole;
import com.handover.model.rectify.Rectification;
import com.handover.model.signoff.WorkOrderContent;
import com.handover.model.site.Contractor;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sla.Quarter;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.WorkOrderState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Each unit's story: a signed handover (accepted, with defects, or refused), an inspection still in progress,
 * or nothing yet; and for every defect a work order that got as far as its age and luck allow.
 */
final class UnitStories {

    /** A defect found at a handover, for its work order. */
    record Found(UUID defectId, UUID unitId, String room, String description, Severity severity, String trade,
                 String category, PhotoRef photo, Instant at) {
    }

    enum Stage { CREATED, ASSIGNED, ARRIVED, COMPLETED, CONFIRMED, SETTLED, SELF_REPAIR, VOID }


    private final HistoryWriter w;
    private final Random random;
    private final Map<UUID, List<Operation>> workOrderOps = new HashMap<>();
    private int defectsOpened;

    UnitStories(HistoryWriter w) {
        this.w = w;
        this.random = w.random();
    }

    void plan(List<Unit> units, Map<UUID, UnitType> types) {
        List<Unit> order = new ArrayList<>(units);
        Collections.shuffle(order, random);
        int signed = (int) Math.round(order.size() * w.settings().signedShare());
        int inProgress = (int) Math.round(order.size() * w.settings().inProgressShare());
        int days = w.settings().days();
        for (int i = 0; i < order.size(); i++) {
            Unit unit = order.get(i);
            UnitType type = types.get(unit.unitTypeId());
            if (i < signed) {
                // The first few happen today on the tablet whose clock runs ahead; the stale tablet only worked days ago.
                int daysAgo = i < 3 ? 0 : random.nextInt(days);
                DemoDevice device = i < 3 ? w.pad3 : daysAgo >= 3 && i % 5 == 1 ? w.pad2 : w.pad1;
                Instant at = w.workTime(daysAgo, 9 * 60 + random.nextInt(8 * 60));
                double r = random.nextDouble();
                SignOffDecision decision = r < 0.68 ? SignOffDecision.ACCEPT
                        : r < 0.92 ? SignOffDecision.ACCEPT_WITH_DEFECTS : SignOffDecision.REFUSE;
                w.at(at, device, () -> handover(device, unit, type, decision, at));
            } else if (i < signed + inProgress) {
                Instant at = w.workTime(random.nextInt(3), 9 * 60 + random.nextInt(8 * 60));
                w.at(at, w.pad1, () -> {
                    w.walk(w.pad1, unit, type, random.nextInt(2), false, at);
                    w.counts.inProgress++;
                });
            }
        }
    }

    private void handover(DemoDevice device, Unit unit, UnitType type, SignOffDecision decision, Instant at) {
        int failures = switch (decision) {
            case ACCEPT -> 0;
            case ACCEPT_WITH_DEFECTS -> 1 + random.nextInt(4);
            case REFUSE -> 4 + random.nextInt(4);
        };
        InspectionWalk walk = w.walk(device, unit, type, failures, true, at);
        List<Found> found = new ArrayList<>();
        for (InspectionWalk.Failure f : walk.failed) {
            UUID defectId = w.nextId();
            boolean withheld = defectsOpened % 23 == 7;
            PhotoRef photo = w.photos.take(at, withheld);
            Severity severity = severity();
            String description = f.item().nameZh() + "：" + DemoTexts.failureNote(f.item(), random);
            walk.ops.add(device.record(OperationType.DEFECT_OPENED, defectId, new DefectOps.Opened(unit.id(),
                    walk.inspectionId, f.room(), f.item().code(), description, severity, f.item().trade(),
                    f.item().warrantyCategory(), w.pin(unit, f.room()).orElse(null), List.of(photo), null, w.day(at))));
            found.add(new Found(defectId, unit.id(), f.room(), description, severity, f.item().trade(),
                    f.item().warrantyCategory(), photo, at));
            defectsOpened++;
            w.counts.defects++;
        }
        w.signOff(device, walk, decision, at.plusSeconds(600));
        w.counts.signed++;
        if (decision == SignOffDecision.ACCEPT && w.firstAccepted == null) {
            w.firstAccepted = walk;
        }
        for (Found f : found) {
            workOrder(f);
        }
    }

    private Severity severity() {
        int r = random.nextInt(100);
        return r < 6 ? Severity.EMERGENCY : r < 60 ? Severity.NORMAL : r < 92 ? Severity.MINOR : Severity.COMPLEX;
    }

    private Stage stage() {
        int r = random.nextInt(100);
        return r < 8 ? Stage.CREATED : r < 28 ? Stage.ASSIGNED : r < 38 ? Stage.ARRIVED : r < 52 ? Stage.COMPLETED
                : r < 72 ? Stage.CONFIRMED : r < 88 ? Stage.SETTLED : r < 95 ? Stage.SELF_REPAIR : Stage.VOID;
    }

    /**
     * The office sends the defect for 整改 as the console does (the same three operations), unless the story
     * stops before that; the contractor then works it as far as its age and luck allow.
     */
    private void workOrder(Found f) {
        UUID wo = w.nextId();
        Stage stage = stage();
        if (stage == Stage.CREATED) {
            return;
        }
        long estimate = (f.severity() == Severity.COMPLEX ? 150_000 : 20_000) + random.nextInt(80_000);
        Instant sent = f.at().plus(Duration.ofMinutes(30));
        send(f, wo, stage, estimate, sent);
        if (stage == Stage.VOID) {
            w.at(sent.plus(Duration.ofHours(20)), w.desk, () -> track(wo, w.desk.record(
                    OperationType.WORK_ORDER_VOIDED, wo, new WorkOrderOps.Voided("与其他维修单重复，已合并处理"))));
            return;
        }
        if (stage == Stage.ASSIGNED) {
            return;
        }
        Instant arrived = arrival(wo, stage, sent);
        if (arrived == null) {
            return;
        }
        w.at(arrived, w.phone, () -> {
            track(wo, w.phone.record(OperationType.WORK_ORDER_ARRIVED, wo, new WorkOrderOps.Arrived(arrived)));
            w.phone.record(OperationType.DEFECT_REPAIR_STARTED, f.defectId(), new DefectOps.RepairStarted("已到场查看"));
        });
        if (stage == Stage.ARRIVED) {
            return;
        }
        Instant done = arrived.plus(Duration.ofHours(3 + random.nextInt(30)));
        repair(f, wo, estimate, done);
        if (stage == Stage.COMPLETED || stage == Stage.SELF_REPAIR) {
            return;
        }
        confirmAndRevisit(f, wo, stage, done.plus(Duration.ofHours(20)));
    }

    /** The office's three operations of a 整改 sent to the trade's contractor. */
    private void send(Found f, UUID wo, Stage stage, long estimate, Instant sent) {
        Contractor contractor = w.contractorFor(f.trade());
        LocalDate rectifyBy = Rectification.defaultDeadline(w.day(sent));
        w.counts.workOrders++;
        w.at(sent, w.desk, () -> {
            Rectification.Steps steps = Rectification.steps(new Rectification.Defect(f.defectId(), f.unitId(),
                    f.room(), f.description(), f.severity(), f.category()), contractor.id(), w.maintenance.username(),
                    rectifyBy, estimate, sent);
            track(wo, w.desk.record(OperationType.WORK_ORDER_CREATED, wo, steps.created()));
            Operation assigned = track(wo, w.desk.record(OperationType.WORK_ORDER_ASSIGNED, wo, steps.assigned()));
            if (stage == Stage.ASSIGNED) {
                w.lastAssignedOrder = wo;
                w.lastStatusOp.put(wo, assigned.id());
            }
            w.desk.record(OperationType.DEFECT_ASSIGNED, f.defectId(), steps.defectAssigned());
        });
    }

    /** When someone reaches the site; null when the contractor missed it and nobody has come yet. */
    private Instant arrival(UUID wo, Stage stage, Instant created) {
        if (stage != Stage.SELF_REPAIR) {
            return created.plus(Duration.ofHours(4 + random.nextInt(16)));
        }
        w.at(created.plus(Duration.ofHours(40)), w.desk, () -> track(wo, w.desk.record(
                OperationType.WORK_ORDER_ESCALATED, wo, new WorkOrderOps.Escalated(
                        "责任单位超过到场期限未到场，由维修部自行维修，费用按200%从质保金中扣除"))));
        return random.nextBoolean() ? null : created.plus(Duration.ofHours(44));
    }

    private void repair(Found f, UUID wo, long estimate, Instant done) {
        w.at(done, w.phone, () -> {
            PhotoRef after = w.photos.take(done, false);
            String note = DemoTexts.repairNote(random);
            w.phone.record(OperationType.DEFECT_REPAIRED, f.defectId(), new DefectOps.Repaired(note, List.of(after)));
            long cost = estimate / 2 + random.nextInt((int) Math.max(1, estimate));
            track(wo, w.phone.record(OperationType.WORK_ORDER_COMPLETED, wo, new WorkOrderOps.Completed(note, cost,
                    List.of(f.photo()), List.of(after))));
        });
    }

    /** The four parties sign on the phone; the office closes the defect, pays its 回访 and maybe settles. */
    private void confirmAndRevisit(Found f, UUID wo, Stage stage, Instant confirmed) {
        w.at(confirmed, w.phone, () -> {
            WorkOrderState state = Reducer.reduce(workOrderOps.get(wo)).workOrders().get(wo);
            String hash = WorkOrderContent.of(state).hash();
            for (SignerRole role : List.of(SignerRole.MAINTENANCE, SignerRole.OWNER, SignerRole.SUPERVISOR,
                    SignerRole.PROJECT_DEPARTMENT)) {
                track(wo, w.phone.record(OperationType.WORK_ORDER_CONFIRMED, wo, new WorkOrderOps.Confirmed(
                        w.signatures.sign(role, signerName(role), confirmed), hash)));
            }
        });
        w.at(confirmed.plus(Duration.ofHours(1)), w.desk, () -> w.desk.record(OperationType.DEFECT_CLOSED,
                f.defectId(), new DefectOps.Closed(DefectCloseReason.OWNER_CONFIRMED, null)));
        w.at(confirmed.plus(Duration.ofHours(26)), w.desk, () -> track(wo, w.desk.record(
                OperationType.WORK_ORDER_REVISITED, wo, new WorkOrderOps.Revisited(3 + random.nextInt(3),
                        "回访：业主对维修质量表示认可"))));
        if (stage == Stage.SETTLED) {
            Instant settled = confirmed.plus(Duration.ofDays(3));
            w.at(settled, w.desk, () -> track(wo, w.desk.record(OperationType.WORK_ORDER_SETTLED, wo,
                    new WorkOrderOps.Settled(Quarter.of(settled, HistoryWriter.ZONE).toString()))));
        }
    }

    private String signerName(SignerRole role) {
        return switch (role) {
            case MAINTENANCE -> w.maintenance.displayName();
            case OWNER -> "业主";
            case SUPERVISOR -> "监理 周工";
            default -> "项目部 陈经理";
        };
    }

    private Operation track(UUID workOrder, Operation op) {
        workOrderOps.computeIfAbsent(workOrder, k -> new ArrayList<>()).add(op);
        return op;
    }
}
