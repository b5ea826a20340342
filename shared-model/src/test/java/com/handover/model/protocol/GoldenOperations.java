package com.handover.model.protocol;

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
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.ops.WorkOrderOps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The example of every operation type, built in Java. The files under {@code protocol/operations/} are these
 * operations as {@link com.handover.model.json.OperationCodec} writes them; {@link GoldenOperationsWriter}
 * regenerates the files from here.
 *
 * <p>The story they tell: inspector 王丽 hands over unit 3-1502 of 滨江花园 to its owner 李明 on 2026-03-14,
 * finds a hollow patch on the master bedroom wall, the owner accepts with that defect listed; the office
 * raises a work order, the contractor's worker 赵强 repairs it, the owner confirms, and so on.
 */
public final class GoldenOperations {

    public static final UUID PROJECT = uuid("07d1aae1-201f-4266-9989-6e097822ce80");
    public static final UUID BUILDING = uuid("5ab6cd12-6e8b-48f9-af7d-7ceee62c5093");
    public static final UUID UNIT_TYPE = uuid("543e456b-f6ab-4df4-a385-34e413517912");
    public static final UUID UNIT = uuid("a1645efa-4a3e-4f63-84ea-fe0e7d7bdb84");
    public static final UUID NEIGHBOUR_UNIT = uuid("78e9c872-53f5-4e32-bf1d-beabfbf427f2");
    public static final UUID CONTRACTOR = uuid("55bccf18-e3bf-4f05-9398-d18092f3c061");
    public static final UUID INSPECTION = uuid("1f08e418-b554-4bea-836d-d1b11d3da887");
    public static final UUID RE_INSPECTION = uuid("440b48b6-3e9b-4db2-9161-fad5af75af41");
    public static final UUID DEFECT = uuid("10efc914-cae5-4e97-adbe-203db5fd5152");
    public static final UUID DUPLICATE_DEFECT = uuid("d493881e-6ba5-49ca-a98c-0e62448008d0");
    public static final UUID WORK_ORDER = uuid("04ebd71a-e6a0-4bbe-98f2-3e0a64fac41d");
    public static final UUID OVERDUE_WORK_ORDER = uuid("d97dcd84-1ac7-4dc6-a5f6-3716cd60af3d");
    public static final UUID CANCELLED_WORK_ORDER = uuid("3060381e-671f-4cb5-9339-7f02e926affb");
    public static final UUID COMPLAINT = uuid("806e8911-37c1-4a8d-981d-de191d6d355d");

    public static final String INSPECTOR = "wang.li";
    public static final String INSPECTOR_DEVICE = "pad-7f3a";
    public static final String MAINTENANCE = "zhao.qiang";
    public static final String MAINTENANCE_DEVICE = "phone-m21";
    public static final String OFFICE = "chen.jing";
    public static final String OFFICE_DEVICE = "desk-kf01";

    public static final String WALL_PHOTO = "358dc26ec8b649867d5bf794efd20145524da18e7b658d01fa445a6e3a848f01";
    public static final String WALL_CLOSE_UP_PHOTO = "3582246f913c0a8437d0a3b0f5dfe6b440e17864eef7d6282c3e80ab771ccef5";
    public static final String METER_PHOTO = "5c102d7791b70e85179b83eb72e481c7cdf4ddf20c13589f83a18ed403633e60";
    public static final String BEFORE_REPAIR_PHOTO = "f94137f3be283f1fd30895d4c6d0974c432b3a065ae2c2dfc5f0024c5c53cbda";
    public static final String AFTER_REPAIR_PHOTO = "1d37703848848ccd0e5d9e3c1633356c65e3f828e8e91825a7a023dcfca6e06e";
    public static final String CRACKED_AGAIN_PHOTO = "eb24a4859e2d6c4649640662baf5e51aa603c8c206ce2c7406ed53930951d18c";
    public static final String FLOOR_PLAN = "ba187ededf6c833aa3a3e5a6b38f227cb53da1ccc4d5a7ea4a40f6fef47eb432";

    private static final UUID STARTED_ID = uuid("3a4b7a15-c368-4d1d-8096-054f3855455f");
    private static final UUID ITEM_RECORDED_ID = uuid("b5a6a9cc-9973-4247-a5fc-378a71820e55");
    private static final UUID METER_READ_ID = uuid("ca9b33ca-a73a-4d08-9905-de30468dea5e");
    private static final UUID KEYS_COUNTED_ID = uuid("9d22d53e-48d1-4708-a858-ff704d388d80");
    private static final UUID SIGNED_ID = uuid("d5666477-4894-4f48-a794-97f0531a330b");
    private static final UUID DEFECT_OPENED_ID = uuid("11a6c0b2-0a5f-40f8-b3ea-996e916065e3");
    private static final UUID DEFECT_UPDATED_ID = uuid("fdad925f-223e-44e5-a8c4-a4556859391e");
    private static final UUID PHOTO_ATTACHED_ID = uuid("fbf0d49a-20d8-4ac1-b9f4-ee6c88b42000");
    private static final UUID PHOTO_ANNOTATED_ID = uuid("bf812165-cd29-46d2-8f1b-276bef50f0c7");
    private static final UUID DEFECT_ASSIGNED_ID = uuid("0ea27731-d39a-4b03-b698-95443274b5b9");
    private static final UUID REPAIR_STARTED_ID = uuid("b0dfedd4-b38b-4d5b-80b5-9a5d57804ce6");
    private static final UUID REPAIRED_ID = uuid("96267cbc-a9da-4651-b752-51785f08bd8f");
    private static final UUID DEFECT_CLOSED_ID = uuid("c7e0bc14-57ab-446e-ae38-9d227aaa854f");
    private static final UUID REOPENED_ID = uuid("28fdc586-945a-44e9-ad40-c73255c3a909");
    private static final UUID DEFECT_VOIDED_ID = uuid("97fd9824-ddda-4445-91a3-79a2f4d7754f");
    private static final UUID WO_CREATED_ID = uuid("0838a285-a68c-43dc-b98c-5804f7e7e29c");
    private static final UUID WO_ASSIGNED_ID = uuid("fce1aa00-ced7-498c-a405-0551a6640706");
    private static final UUID WO_ARRIVED_ID = uuid("0447e918-f52a-460f-b255-e38011b24ae2");
    private static final UUID WO_COMPLETED_ID = uuid("1296f9c4-7970-46b2-8d5e-c56791ad7d85");
    private static final UUID WO_CONFIRMED_ID = uuid("2a2f60be-db27-49ec-a88b-febfc6e6c7f7");
    private static final UUID WO_ESCALATED_ID = uuid("1cd39a3e-40cb-42ee-9fae-3c6ab44a1f2e");
    private static final UUID OVERDUE_ORDER_ASSIGNED_ID = uuid("59538ec4-389e-41c7-8b16-bf6c77d9f95c");
    private static final UUID WO_SETTLED_ID = uuid("1cfe5aef-e964-4224-9a36-c0ad073ca9ad");
    private static final UUID WO_REVISITED_ID = uuid("65064018-3987-4130-99a8-0be70e9cae2a");
    private static final UUID WO_VOIDED_ID = uuid("f4bf72c8-b707-4c88-aa49-d6bc7214f279");
    private static final UUID WO_OBJECTION_RECORDED_ID = uuid("5d8e2a07-3b1f-4c6e-9f21-7a4b0c9d3e58");
    private static final UUID WO_OBJECTION_DECIDED_ID = uuid("c71f4e93-2a6d-4b08-8e5c-0d9a3f6b2e14");
    private static final UUID CANCELLED_ORDER_CREATED_ID = uuid("b1b9d790-6e17-4856-aea7-bd6618e249dc");
    private static final UUID COMPLAINT_RECEIVED_ID = uuid("9deef028-bb2e-493e-a544-d02ddb35199e");
    private static final UUID COMPLAINT_ANSWERED_ID = uuid("de664626-b508-44b4-99d6-3fcaa44dfd49");
    private static final UUID COMPLAINT_CLOSED_ID = uuid("912b5c27-b6b9-43f1-bb63-04384b95f108");
    private static final UUID COMPLAINT_HANDLED_ID = uuid("4b0f6a2e-7c1d-4e59-9a83-2f6d1c0e5b71");
    private static final UUID COMPLAINT_ESCALATED_ID = uuid("a3c9e1f4-58b2-4d07-8e6a-91f0b2c7d435");
    private static final UUID COMPLAINT_JUDGED_ID = uuid("e6d2b8a1-0f43-4c95-b7e2-5a9c3d1f8e06");

    /** SignOffHasher's hash of the eight covered operations below, with the decision ACCEPT_WITH_DEFECTS. */
    private static final String SIGNED_CONTENT_HASH = "c12d55cc0787cdb99b0529cbef956843c2a080514c6ea2f41b498b5b327abbc5";
    /** WorkOrderContent's hash of the work order after its creation, assignment, arrival and completion below. */
    private static final String WORK_ORDER_CONTENT_HASH = "ebd4d9e76bbd3e543e22290137f7592be679eda0662cb3137655cb192f894787";

    private static final Map<OperationType, Operation> ALL = build();

    private GoldenOperations() {
    }

    /** Every operation type with its example. */
    public static Map<OperationType, Operation> all() {
        return ALL;
    }

    public static Operation of(OperationType type) {
        Operation op = ALL.get(type);
        if (op == null) {
            throw new IllegalArgumentException("no golden example of " + type.wireName());
        }
        return op;
    }

    private static Map<OperationType, Operation> build() {
        Map<OperationType, Operation> ops = new EnumMap<>(OperationType.class);
        inspection(ops);
        defect(ops);
        workOrder(ops);
        complaint(ops);
        return Collections.unmodifiableMap(ops);
    }

    private static void inspection(Map<OperationType, Operation> ops) {
        put(ops, STARTED_ID, OperationType.INSPECTION_STARTED, INSPECTION, inspector("2026-03-14T02:02:11Z", 0), null,
                new InspectionOps.Started(UNIT, InspectionKind.HANDOVER, "FINISHED", 1,
                        List.of("ENTRANCE", "LIVING", "BEDROOM-1", "BEDROOM-2", "KITCHEN", "BATHROOM-1", "BALCONY",
                                "WINDOWS", "UTILITIES", "FIXTURES"),
                        List.of()));
        put(ops, ITEM_RECORDED_ID, OperationType.INSPECTION_ITEM_RECORDED, INSPECTION,
                inspector("2026-03-14T02:31:47.250Z", 0), null,
                new InspectionOps.ItemRecorded("BEDROOM-1", "F-BEDROOM-WALL_FLAT", ItemResult.FAIL, 5.5,
                        "2m靠尺实测5.5mm,超过允许偏差4mm"));
        put(ops, METER_READ_ID, OperationType.INSPECTION_METER_READ, INSPECTION, inspector("2026-03-14T02:52:03Z", 0),
                null, new InspectionOps.MeterRead(MeterType.ELECTRICITY, 12.6,
                        new PhotoRef(METER_PHOTO, Instant.parse("2026-03-14T02:51:40Z"), null, null)));
        put(ops, KEYS_COUNTED_ID, OperationType.INSPECTION_KEYS_COUNTED, INSPECTION,
                inspector("2026-03-14T02:54:40Z", 0), null, new InspectionOps.KeysCounted(KeyType.ENTRANCE_DOOR, 4));
        put(ops, SIGNED_ID, OperationType.INSPECTION_SIGNED, INSPECTION, inspector("2026-03-14T03:20:15Z", 0), null,
                new InspectionOps.Signed(SignOffDecision.ACCEPT_WITH_DEFECTS,
                        List.of(signature(SignerRole.OWNER, "李明", "2026-03-14T03:19:58Z",
                                        stroke(1200, 5200, 1800, 4300, 2500, 5600, 3100, 4700),
                                        stroke(3900, 4100, 4600, 5900, 5400, 4400)),
                                signature(SignerRole.INSPECTOR, "王丽", "2026-03-14T03:20:09Z",
                                        stroke(1500, 6000, 2600, 3800, 3600, 6100),
                                        stroke(4800, 4500, 6200, 4600, 7300, 5800))),
                        List.of(STARTED_ID, ITEM_RECORDED_ID, DEFECT_OPENED_ID, PHOTO_ATTACHED_ID, PHOTO_ANNOTATED_ID,
                                DEFECT_UPDATED_ID, METER_READ_ID, KEYS_COUNTED_ID),
                        SIGNED_CONTENT_HASH));
    }

    private static void defect(Map<OperationType, Operation> ops) {
        put(ops, DEFECT_OPENED_ID, OperationType.DEFECT_OPENED, DEFECT, inspector("2026-03-14T02:33:05Z", 0), null,
                new DefectOps.Opened(UNIT, INSPECTION, "BEDROOM-1", "F-BEDROOM-WALL_HOLLOW", "主卧墙面空鼓约0.3㎡",
                        Severity.NORMAL, "DECORATION", "PLASTER", new FloorPlanPin(new Point(3120, 4580)),
                        List.of(new PhotoRef(WALL_PHOTO, Instant.parse("2026-03-14T02:32:40Z"), 30.2741, 120.1551)),
                        null, LocalDate.parse("2026-03-14")));
        put(ops, PHOTO_ATTACHED_ID, OperationType.DEFECT_PHOTO_ATTACHED, DEFECT, inspector("2026-03-14T02:33:05Z", 1),
                null, new DefectOps.PhotoAttached(
                        new PhotoRef(WALL_CLOSE_UP_PHOTO, Instant.parse("2026-03-14T02:32:58Z"), null, null)));
        put(ops, PHOTO_ANNOTATED_ID, OperationType.DEFECT_PHOTO_ANNOTATED, DEFECT,
                inspector("2026-03-14T02:33:52Z", 0), null,
                new DefectOps.PhotoAnnotated(WALL_PHOTO, List.of(
                        new MarkupShape(MarkupShape.Kind.CIRCLE, new Point(4200, 3900), new Point(4900, 3900), "空鼓"),
                        new MarkupShape(MarkupShape.Kind.ARROW, new Point(6500, 2000), new Point(4900, 3500), null),
                        new MarkupShape(MarkupShape.Kind.TEXT, new Point(6600, 1800), null, "约0.3㎡"))));
        put(ops, DEFECT_UPDATED_ID, OperationType.DEFECT_UPDATED, DEFECT, inspector("2026-03-14T02:41:26Z", 0), null,
                new DefectOps.Updated("主卧床头墙面空鼓约0.3㎡,敲击有空响,表面无裂缝", null, null, null));
        put(ops, DEFECT_ASSIGNED_ID, OperationType.DEFECT_ASSIGNED, DEFECT, office("2026-03-14T07:11:30Z"), null,
                new DefectOps.Assigned(CONTRACTOR));
        put(ops, REPAIR_STARTED_ID, OperationType.DEFECT_REPAIR_STARTED, DEFECT, maintenance("2026-03-15T01:45:12Z"),
                DEFECT_ASSIGNED_ID, new DefectOps.RepairStarted("已铲除空鼓部位抹灰层,待基层干燥后重新批灰"));
        put(ops, REPAIRED_ID, OperationType.DEFECT_REPAIRED, DEFECT, maintenance("2026-03-15T08:21:40Z"),
                REPAIR_STARTED_ID, new DefectOps.Repaired("重新批灰、打磨并涂饰两遍,色差已处理",
                        List.of(new PhotoRef(AFTER_REPAIR_PHOTO, Instant.parse("2026-03-15T08:18:02Z"), null, null))));
        put(ops, DEFECT_CLOSED_ID, OperationType.DEFECT_CLOSED, DEFECT, office("2026-03-16T02:00:00Z"), REPAIRED_ID,
                new DefectOps.Closed(DefectCloseReason.OWNER_CONFIRMED, null));
        put(ops, REOPENED_ID, OperationType.DEFECT_REOPENED, DEFECT, inspector("2026-04-02T06:27:33Z", 0),
                DEFECT_CLOSED_ID, new DefectOps.Reopened("复验发现主卧修补处再次开裂,长约15cm", RE_INSPECTION,
                        List.of(new PhotoRef(CRACKED_AGAIN_PHOTO, Instant.parse("2026-04-02T06:26:10Z"), null, null))));
        put(ops, DEFECT_VOIDED_ID, OperationType.DEFECT_VOIDED, DUPLICATE_DEFECT, office("2026-03-14T08:05:00Z"), null,
                new DefectOps.Voided("重复登记:与主卧墙面空鼓为同一处问题,作废本条"));
    }

    private static void workOrder(Map<OperationType, Operation> ops) {
        put(ops, WO_CREATED_ID, OperationType.WORK_ORDER_CREATED, WORK_ORDER, office("2026-03-14T07:10:04Z"), null,
                new WorkOrderOps.Created(UNIT, WorkOrderSource.DEFECT, DEFECT, null, "BEDROOM-1",
                        "主卧墙面空鼓约0.3㎡,铲除空鼓部位后重新批灰并涂饰", Severity.NORMAL, "PLASTER", 45_000, false,
                        Instant.parse("2026-03-14T02:33:05Z"), LocalDate.parse("2026-03-21")));
        put(ops, WO_ASSIGNED_ID, OperationType.WORK_ORDER_ASSIGNED, WORK_ORDER, office("2026-03-14T07:12:48Z"), null,
                new WorkOrderOps.Assigned(CONTRACTOR, MAINTENANCE));
        put(ops, WO_ARRIVED_ID, OperationType.WORK_ORDER_ARRIVED, WORK_ORDER, maintenance("2026-03-15T01:40:27Z"),
                WO_ASSIGNED_ID, new WorkOrderOps.Arrived(Instant.parse("2026-03-15T01:40:00Z")));
        put(ops, WO_COMPLETED_ID, OperationType.WORK_ORDER_COMPLETED, WORK_ORDER, maintenance("2026-03-15T08:20:05Z"),
                WO_ARRIVED_ID, new WorkOrderOps.Completed("铲除空鼓抹灰约0.4㎡,重新批灰两遍,乳胶漆整面涂饰", 38_000,
                        List.of(new PhotoRef(BEFORE_REPAIR_PHOTO, Instant.parse("2026-03-15T01:43:51Z"), null, null)),
                        List.of(new PhotoRef(AFTER_REPAIR_PHOTO, Instant.parse("2026-03-15T08:18:02Z"), null, null))));
        put(ops, WO_CONFIRMED_ID, OperationType.WORK_ORDER_CONFIRMED, WORK_ORDER,
                maintenance("2026-03-15T08:30:44Z"), null, new WorkOrderOps.Confirmed(
                        signature(SignerRole.OWNER, "李明", "2026-03-15T08:30:31Z",
                                stroke(1300, 5000, 1900, 4200, 2600, 5500, 3200, 4600),
                                stroke(4000, 4000, 4700, 5800, 5500, 4300)),
                        WORK_ORDER_CONTENT_HASH));
        put(ops, WO_ESCALATED_ID, OperationType.WORK_ORDER_ESCALATED, OVERDUE_WORK_ORDER,
                office("2026-03-17T02:30:00Z"), OVERDUE_ORDER_ASSIGNED_ID,
                new WorkOrderOps.Escalated("施工单位超过24小时未到场，转我司维修部自行维修，费用按200%从质保金扣除", "li.wei"));
        put(ops, WO_SETTLED_ID, OperationType.WORK_ORDER_SETTLED, WORK_ORDER, office("2026-07-03T01:15:00Z"),
                WO_COMPLETED_ID, new WorkOrderOps.Settled("2026-Q2"));
        put(ops, WO_REVISITED_ID, OperationType.WORK_ORDER_REVISITED, WORK_ORDER, office("2026-03-18T06:05:19Z"), null,
                new WorkOrderOps.Revisited(5, "电话回访:业主对维修结果满意,墙面平整无色差"));
        put(ops, WO_VOIDED_ID, OperationType.WORK_ORDER_VOIDED, CANCELLED_WORK_ORDER, office("2026-03-19T03:42:10Z"),
                CANCELLED_ORDER_CREATED_ID, new WorkOrderOps.Voided("业主已自行更换灯具,来电撤销报修"));
        put(ops, WO_OBJECTION_RECORDED_ID, OperationType.WORK_ORDER_OBJECTION_RECORDED, OVERDUE_WORK_ORDER,
                office("2026-07-02T02:10:00Z"), null, new WorkOrderOps.ObjectionRecorded("2026-Q2",
                        "维修通知未送达我方登记的维修电话,不应按200%扣款", "陈静", Instant.parse("2026-07-02T01:30:00Z")));
        put(ops, WO_OBJECTION_DECIDED_ID, OperationType.WORK_ORDER_OBJECTION_DECIDED, OVERDUE_WORK_ORDER,
                office("2026-07-02T08:45:00Z"), WO_OBJECTION_RECORDED_ID, new WorkOrderOps.ObjectionDecided(
                        ObjectionDecision.ADJUST, 60_000L, "通话记录显示已通知,但报修单地址有误,按实际发生额扣除"));
    }

    private static void complaint(Map<OperationType, Operation> ops) {
        put(ops, COMPLAINT_RECEIVED_ID, OperationType.COMPLAINT_RECEIVED, COMPLAINT, office("2026-03-20T01:12:36Z"),
                null, new ComplaintOps.Received(NEIGHBOUR_UNIT, IntakeChannel.PHONE, ComplaintCategory.HOUSING_QUALITY,
                        "KITCHEN", "厨房水槽下方漏水,橱柜底板受潮起鼓", Severity.NORMAL, "张华", "13912345678",
                        Instant.parse("2026-03-20T01:10:00Z")));
        put(ops, COMPLAINT_ANSWERED_ID, OperationType.COMPLAINT_ANSWERED, COMPLAINT, office("2026-03-20T01:58:02Z"),
                null, new ComplaintOps.Answered("已登记维修单,维修人员明日上午9点前上门查看漏水点",
                        Instant.parse("2026-03-20T01:57:00Z")));
        put(ops, COMPLAINT_CLOSED_ID, OperationType.COMPLAINT_CLOSED, COMPLAINT, office("2026-03-23T07:30:45Z"),
                COMPLAINT_ANSWERED_ID, new ComplaintOps.Closed(4, "回访:水槽下水管接头已更换,不再漏水;橱柜底板待更换"));
        put(ops, COMPLAINT_HANDLED_ID, OperationType.COMPLAINT_HANDLED, COMPLAINT, office("2026-03-20T02:20:11Z"),
                null, new ComplaintOps.Handled(ComplaintDepartment.ENGINEERING,
                        "工程部会同施工单位查明漏水点,更换水槽下水管接头;橱柜底板由装修单位更换", "刘工"));
        put(ops, COMPLAINT_ESCALATED_ID, OperationType.COMPLAINT_ESCALATED, COMPLAINT, office("2026-03-20T02:25:40Z"),
                null, new ComplaintOps.Escalated("李经理", "漏水已影响楼下住户,业主表示将向媒体反映"));
        put(ops, COMPLAINT_JUDGED_ID, OperationType.COMPLAINT_JUDGED, COMPLAINT, office("2026-03-20T02:31:05Z"),
                null, new ComplaintOps.Judged(true, "属保修范围内的房屋质量问题"));
    }

    private static void put(Map<OperationType, Operation> ops, UUID id, OperationType type, UUID entity, Hlc hlc,
                            UUID prev, Payload payload) {
        String actor = switch (hlc.node()) {
            case INSPECTOR_DEVICE -> INSPECTOR;
            case MAINTENANCE_DEVICE -> MAINTENANCE;
            default -> OFFICE;
        };
        Operation previous = ops.put(type, new Operation(id, type, entity, hlc, actor, hlc.node(), prev, payload));
        if (previous != null) {
            throw new IllegalStateException("two examples of " + type.wireName());
        }
    }

    private static Hlc inspector(String instant, int counter) {
        return new Hlc(Instant.parse(instant).toEpochMilli(), counter, INSPECTOR_DEVICE);
    }

    private static Hlc maintenance(String instant) {
        return new Hlc(Instant.parse(instant).toEpochMilli(), 0, MAINTENANCE_DEVICE);
    }

    private static Hlc office(String instant) {
        return new Hlc(Instant.parse(instant).toEpochMilli(), 0, OFFICE_DEVICE);
    }

    private static Signature signature(SignerRole role, String name, String signedAt, Stroke... strokes) {
        return new Signature(role, name, Arrays.asList(strokes), Instant.parse(signedAt));
    }

    private static Stroke stroke(int... xy) {
        Point[] points = new Point[xy.length / 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Point(xy[2 * i], xy[2 * i + 1]);
        }
        return new Stroke(Arrays.asList(points));
    }

    private static UUID uuid(String text) {
        return UUID.fromString(text);
    }
}
