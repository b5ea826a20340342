package com.handover.model.testing;

import com.handover.model.ComplaintCategory;
import com.handover.model.ComplaintDepartment;
import com.handover.model.ObjectionDecision;
import com.handover.model.DefectCloseReason;
import com.handover.model.FloorPlanPin;
import com.handover.model.InspectionKind;
import com.handover.model.IntakeChannel;
import com.handover.model.ItemResult;
import com.handover.model.KeyType;
import com.handover.model.MarkupShape;
import com.handover.model.MeterType;
import com.handover.model.PhotoRef;
import com.handover.model.Point;
import com.handover.model.Severity;
import com.handover.model.SignOffDecision;
import com.handover.model.Signature;
import com.handover.model.SignerRole;
import com.handover.model.Stroke;
import com.handover.model.WorkOrderSource;
import com.handover.model.signoff.SignOffHasher;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.model.signoff.WorkOrderContent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Generates realistic operation sets from a seed: a few devices with skewed clocks run handover inspections,
 * defects, work orders and complaints on a handful of units, mostly offline, syncing with each other now and
 * then, so that sets hold sequential edits, concurrent edits of one field, sign-offs that miss a concurrent
 * finding, and status changes that rules refuse. The same seed always gives the same set.
 */
public final class OperationGenerator {

    static final String[] ROOMS = {"LIVING", "BEDROOM-1", "BEDROOM-2", "KITCHEN", "BATHROOM-1"};
    static final String[] ITEMS = {"F-LIVING-WALL_FLAT", "F-LIVING-FLOOR_FLAT", "F-BEDROOM-WALL_FLAT",
        "F-KITCHEN-WALL_TILE_FLAT", "F-BATHROOM-PONDING"};
    static final String[] DESCRIPTIONS = {"主卧墙面空鼓约0.3㎡", "客厅地砖裂缝", "卫生间地漏返水", "入户门锁芯卡阻",
        "Window seal missing", "厨房墙砖<b>空鼓</b>'; DROP TABLE defects;--"};
    static final String[] TRADES = {"CIVIL", "PLUMBING", "ELECTRICAL", "DECORATION"};
    static final String[] CATEGORIES = {"PLASTER", "FLOOR", "WET_AREA_LEAK", "DOOR_WINDOW"};
    static final Instant START = Instant.parse("2026-09-01T01:00:00Z");

    private final Random random;
    private final List<SimulatedDevice> devices = new ArrayList<>();
    private final List<UUID> units = new ArrayList<>();
    private final List<UUID> contractors = new ArrayList<>();
    private final List<Operation> all = new ArrayList<>();
    private long wallMillis = START.toEpochMilli();

    private OperationGenerator(long seed, int deviceCount) {
        this.random = new Random(seed);
        for (int i = 0; i < deviceCount; i++) {
            // Each device's clock is off real time by up to two days either way.
            long skew = (long) ((random.nextDouble() * 2 - 1) * 2 * 24 * 3600_000L);
            devices.add(new SimulatedDevice("dev-" + i, i % 2 == 0 ? "inspector" + i : "fixer" + i,
                    () -> wallMillis + skew, random));
        }
        for (int i = 0; i < 3; i++) {
            units.add(new UUID(0x0100 + i, seed));
            contractors.add(new UUID(0x0200 + i, seed));
        }
    }

    /** A session of about {@code steps} user actions across {@code deviceCount} devices. */
    public static List<Operation> session(long seed, int deviceCount, int steps) {
        OperationGenerator g = new OperationGenerator(seed, deviceCount);
        for (int i = 0; i < steps; i++) {
            g.step();
        }
        return List.copyOf(g.all);
    }

    /** A typical small session: 2-4 devices, 20-120 actions. */
    public static List<Operation> session(long seed) {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        return session(seed, 2 + r.nextInt(3), 20 + r.nextInt(100));
    }

    private void step() {
        wallMillis += 1 + random.nextInt(90_000);
        if (random.nextInt(100) < 4) {
            wallMillis -= random.nextInt(3_600_000); // a wall clock that jumps back
        }
        SimulatedDevice d = devices.get(random.nextInt(devices.size()));
        int roll = random.nextInt(100);
        if (roll < 8) {
            syncWithAnother(d);
        } else if (roll < 14) {
            startInspection(d);
        } else if (roll < 45) {
            recordFinding(d);
        } else if (roll < 50) {
            sign(d);
        } else if (roll < 68) {
            defectAction(d);
        } else if (roll < 90) {
            workOrderAction(d);
        } else {
            complaintAction(d);
        }
    }

    private void emit(SimulatedDevice d, OperationType type, UUID entity, Object payload) {
        all.add(d.write(type, entity, (com.handover.model.sync.ops.Payload) payload));
    }

    private void syncWithAnother(SimulatedDevice d) {
        SimulatedDevice other = devices.get(random.nextInt(devices.size()));
        if (other != d) {
            List<Operation> mine = List.copyOf(d.known());
            d.learn(List.copyOf(other.known()));
            other.learn(mine);
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> T pick(T[] array) {
        return array[random.nextInt(array.length)];
    }

    private UUID newId() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private PhotoRef photo() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return new PhotoRef(HexFormat.of().formatHex(b), Instant.ofEpochMilli(wallMillis), null, null);
    }

    private Signature signature(SignerRole role) {
        var stroke = new Stroke(List.of(new Point(random.nextInt(10_001), random.nextInt(10_001)),
                new Point(random.nextInt(10_001), random.nextInt(10_001))));
        return new Signature(role, role == SignerRole.OWNER ? "张三" : "签字人", List.of(stroke), Instant.ofEpochMilli(wallMillis));
    }

    private void startInspection(SimulatedDevice d) {
        var rooms = List.of(ROOMS).subList(0, 2 + random.nextInt(ROOMS.length - 1));
        emit(d, OperationType.INSPECTION_STARTED, newId(), new InspectionOps.Started(pick(units),
                InspectionKind.HANDOVER, "FINISHED", 1, rooms, List.of()));
    }

    private InspectionState someInspection(SimulatedDevice d) {
        var ids = d.entitiesOf(EntityKind.INSPECTION);
        return ids.isEmpty() ? null : d.view().inspections().get(pick(ids));
    }

    private void recordFinding(SimulatedDevice d) {
        InspectionState in = someInspection(d);
        if (in == null) {
            startInspection(d);
            return;
        }
        int roll = random.nextInt(10);
        if (roll < 7) {
            ItemResult result = ItemResult.values()[random.nextInt(ItemResult.values().length)];
            Double measured = random.nextBoolean() ? null : (double) random.nextInt(80) / 10;
            emit(d, OperationType.INSPECTION_ITEM_RECORDED, in.id(), new InspectionOps.ItemRecorded(
                    pick(in.rooms()), pick(ITEMS), result, measured, random.nextInt(4) == 0 ? pick(DESCRIPTIONS) : null));
        } else if (roll < 8) {
            emit(d, OperationType.INSPECTION_METER_READ, in.id(), new InspectionOps.MeterRead(
                    pick(MeterType.values()), random.nextInt(100_000) / 10.0, random.nextBoolean() ? photo() : null));
        } else if (roll < 9) {
            emit(d, OperationType.INSPECTION_KEYS_COUNTED, in.id(),
                    new InspectionOps.KeysCounted(pick(KeyType.values()), random.nextInt(5)));
        } else {
            openDefect(d, in);
        }
    }

    private void openDefect(SimulatedDevice d, InspectionState in) {
        boolean withPhoto = random.nextInt(5) > 0;
        emit(d, OperationType.DEFECT_OPENED, newId(), new DefectOps.Opened(in == null ? pick(units) : in.unitId(),
                in == null ? null : in.id(), in == null ? pick(ROOMS) : pick(in.rooms()), pick(ITEMS),
                pick(DESCRIPTIONS), pick(Severity.values()), pick(TRADES), pick(CATEGORIES),
                random.nextBoolean() ? new FloorPlanPin(new Point(random.nextInt(10_001), random.nextInt(10_001))) : null,
                withPhoto ? List.of(photo()) : List.of(), withPhoto ? null : "业主不同意拍照",
                LocalDate.of(2026, 9, 1).plusDays(random.nextInt(60))));
    }

    private void sign(SimulatedDevice d) {
        InspectionState in = someInspection(d);
        if (in == null) {
            return;
        }
        List<Operation> covered = new ArrayList<>(d.view().operationsOf(EntityKind.INSPECTION, in.id()));
        covered.removeIf(o -> o.type() == OperationType.INSPECTION_SIGNED);
        d.view().defects().values().stream().filter(x -> in.id().equals(x.inspectionId()))
                .forEach(x -> covered.addAll(d.view().operationsOf(EntityKind.DEFECT, x.id())));
        SignOffDecision decision = pick(SignOffDecision.values());
        String hash = SignOffHasher.hash(in.id(), covered, decision);
        emit(d, OperationType.INSPECTION_SIGNED, in.id(), new InspectionOps.Signed(decision,
                List.of(signature(SignerRole.OWNER), signature(SignerRole.INSPECTOR)),
                covered.stream().map(Operation::id).toList(), hash));
    }

    private void defectAction(SimulatedDevice d) {
        var ids = d.entitiesOf(EntityKind.DEFECT);
        if (ids.isEmpty() || random.nextInt(8) == 0) {
            openDefect(d, random.nextBoolean() ? someInspection(d) : null);
            return;
        }
        DefectState defect = d.view().defects().get(pick(ids));
        UUID id = defect.id();
        switch (random.nextInt(10)) {
            case 0 -> emit(d, OperationType.DEFECT_UPDATED, id, new DefectOps.Updated(null, pick(Severity.values()), null, null));
            case 1 -> emit(d, OperationType.DEFECT_UPDATED, id, new DefectOps.Updated(pick(DESCRIPTIONS), null, null, null));
            case 2 -> emit(d, OperationType.DEFECT_PHOTO_ATTACHED, id, new DefectOps.PhotoAttached(photo()));
            case 3 -> {
                if (!defect.photos().isEmpty()) {
                    emit(d, OperationType.DEFECT_PHOTO_ANNOTATED, id, new DefectOps.PhotoAnnotated(
                            defect.photos().get(0).sha256(), List.of(new MarkupShape(MarkupShape.Kind.ARROW,
                                    new Point(100, 100), new Point(random.nextInt(10_001), 500), null))));
                }
            }
            case 4 -> emit(d, OperationType.DEFECT_ASSIGNED, id, new DefectOps.Assigned(pick(contractors)));
            case 5 -> emit(d, OperationType.DEFECT_REPAIR_STARTED, id, new DefectOps.RepairStarted(null));
            case 6 -> emit(d, OperationType.DEFECT_REPAIRED, id, new DefectOps.Repaired("已修补", List.of(photo())));
            case 7 -> emit(d, OperationType.DEFECT_CLOSED, id, new DefectOps.Closed(DefectCloseReason.OWNER_CONFIRMED, null));
            case 8 -> emit(d, OperationType.DEFECT_REOPENED, id, new DefectOps.Reopened("仍有渗水", null, List.of()));
            default -> emit(d, OperationType.DEFECT_VOIDED, id, new DefectOps.Voided("重复登记"));
        }
    }

    private void workOrderAction(SimulatedDevice d) {
        var ids = d.entitiesOf(EntityKind.WORK_ORDER);
        if (ids.isEmpty() || random.nextInt(6) == 0) {
            emit(d, OperationType.WORK_ORDER_CREATED, newId(), new WorkOrderOps.Created(pick(units),
                    WorkOrderSource.OWNER_REPORT, null, null, pick(ROOMS), pick(DESCRIPTIONS), pick(Severity.values()),
                    pick(CATEGORIES), random.nextInt(3000) * 100L, random.nextInt(10) == 0, Instant.ofEpochMilli(wallMillis)));
            return;
        }
        WorkOrderState w = d.view().workOrders().get(pick(ids));
        UUID id = w.id();
        switch (random.nextInt(11)) {
            case 0 -> emit(d, OperationType.WORK_ORDER_ASSIGNED, id, new WorkOrderOps.Assigned(pick(contractors), "fixer1"));
            case 1 -> emit(d, OperationType.WORK_ORDER_ARRIVED, id, new WorkOrderOps.Arrived(Instant.ofEpochMilli(wallMillis)));
            case 2 -> emit(d, OperationType.WORK_ORDER_COMPLETED, id, new WorkOrderOps.Completed("更换密封条",
                    random.nextInt(2000) * 100L, List.of(photo()), List.of(photo())));
            case 3, 4 -> {
                SignerRole role = pick(WorkOrderState.REQUIRED_CONFIRMATIONS.stream().sorted().toList());
                emit(d, OperationType.WORK_ORDER_CONFIRMED, id, new WorkOrderOps.Confirmed(signature(role),
                        WorkOrderContent.of(w).hash()));
            }
            case 5 -> emit(d, OperationType.WORK_ORDER_ESCALATED, id, new WorkOrderOps.Escalated("超时未到场"));
            case 6 -> emit(d, OperationType.WORK_ORDER_REVISITED, id, new WorkOrderOps.Revisited(1 + random.nextInt(5), "满意"));
            case 7 -> emit(d, OperationType.WORK_ORDER_SETTLED, id, new WorkOrderOps.Settled("2026-Q4"));
            case 8 -> emit(d, OperationType.WORK_ORDER_OBJECTION_RECORDED, id, new WorkOrderOps.ObjectionRecorded(
                    "2026-Q4", "未接到维修通知", "陈静", Instant.ofEpochMilli(wallMillis)));
            case 9 -> emit(d, OperationType.WORK_ORDER_OBJECTION_DECIDED, id, random.nextBoolean()
                    ? new WorkOrderOps.ObjectionDecided(ObjectionDecision.ADJUST, 10_000L, "按实际发生额")
                    : new WorkOrderOps.ObjectionDecided(pick(new ObjectionDecision[] {ObjectionDecision.MAINTAIN,
                            ObjectionDecision.WITHDRAW}), null, "已核实"));
            default -> emit(d, OperationType.WORK_ORDER_VOIDED, id, new WorkOrderOps.Voided("业主撤销"));
        }
    }

    private void complaintAction(SimulatedDevice d) {
        var ids = d.entitiesOf(EntityKind.COMPLAINT);
        if (ids.isEmpty() || random.nextInt(3) == 0) {
            emit(d, OperationType.COMPLAINT_RECEIVED, newId(), new ComplaintOps.Received(pick(units),
                    pick(IntakeChannel.values()), pick(ComplaintCategory.values()), null, pick(DESCRIPTIONS),
                    pick(Severity.values()), "李四", "13800000000", Instant.ofEpochMilli(wallMillis)));
            return;
        }
        UUID id = pick(ids);
        switch (random.nextInt(6)) {
            case 0, 1 -> emit(d, OperationType.COMPLAINT_ANSWERED, id,
                    new ComplaintOps.Answered("已安排维修", Instant.ofEpochMilli(wallMillis)));
            case 2 -> emit(d, OperationType.COMPLAINT_HANDLED, id, new ComplaintOps.Handled(
                    pick(ComplaintDepartment.values()), "会同施工单位查明原因后维修", random.nextBoolean() ? "刘工" : null));
            case 3 -> emit(d, OperationType.COMPLAINT_ESCALATED, id, new ComplaintOps.Escalated("李经理", "业主情绪激动"));
            case 4 -> emit(d, OperationType.COMPLAINT_JUDGED, id, new ComplaintOps.Judged(random.nextBoolean(), "已核实"));
            default -> emit(d, OperationType.COMPLAINT_CLOSED, id, new ComplaintOps.Closed(1 + random.nextInt(5), null));
        }
    }
}
