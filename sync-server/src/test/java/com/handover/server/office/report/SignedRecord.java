package com.handover.server.office.report;

import com.handover.model.DeliveryStandard;
import com.handover.model.FloorPlanPin;
import com.handover.model.InspectionKind;
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
import com.handover.model.WorkOrderStatus;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.InstantiatedRoom;
import com.handover.model.json.BundledChecklists;
import com.handover.model.signoff.SignOffHasher;
import com.handover.model.site.Building;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import com.handover.server.office.figures.FloorPlan;
import com.handover.server.office.figures.PhotoSizes;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.query.InspectionQueries;
import com.handover.server.office.query.InspectionView;
import com.handover.server.office.query.Rectifications;
import com.handover.server.office.query.Site;
import com.handover.server.office.verify.RecordCheck;
import com.handover.server.office.web.Lang;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * A signed handover as the reducer folds it from an inspector's operations: every item of four rooms answered
 * (one failed, one measured), a defect with a real photo, marks on the photo and a pin on a real floor plan, sent
 * for 整改; meter, keys and both signatures; and a defect found after signing, which the record leaves out.
 */
final class SignedRecord {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String CONTRACTOR = "美窗门窗幕墙有限公司";
    static final LocalDate RECTIFY_BY = LocalDate.of(2026, 11, 27);

    final ChecklistTemplate template = BundledChecklists.catalog().latest(DeliveryStandard.FINISHED).orElseThrow();
    final Project project = new Project(UUID.randomUUID(), "BJHY", "滨江花园", "北京", LocalDate.of(2026, 6, 30), 50);
    final Building building = new Building(UUID.randomUUID(), project.id(), "1号楼", 18);
    final Unit unit = new Unit(UUID.randomUUID(), project.id(), building.id(), "1-1203", 12,
            DeliveryStandard.FINISHED, UUID.randomUUID(), "王芳", "13800100001");
    final UUID inspection = UUID.randomUUID();
    final UUID defect = UUID.randomUUID();
    final byte[] photo = picture(640, 480, "jpg", new Color(176, 160, 140));
    final byte[] plan = picture(800, 600, "png", new Color(235, 238, 242));
    final String photoSha = sha256(photo);
    final String planSha = sha256(plan);
    /** The name of the item measured, and the value recorded for it. */
    String measuredItem;
    private long clock = Instant.parse("2026-11-20T02:00:00Z").toEpochMilli();
    private final List<Operation> covered = new ArrayList<>();
    private final List<Operation> all = new ArrayList<>();

    private Operation op(OperationType type, UUID entity, Payload payload) {
        Operation op = new Operation(UUID.randomUUID(), type, entity, new Hlc(clock++, 0, "pad-1"), "inspector", "pad-1",
                null, payload);
        all.add(op);
        return op;
    }

    /** The record as the console loads it; {@code withFigures}: with the plan, the photo sizes and the 整改 order. */
    InspectionView view(boolean withFigures) {
        List<InstantiatedRoom> rooms = template.instantiate(List.of("LIVING", "BEDROOM-1", "KITCHEN", "BATHROOM-1"));
        covered.add(op(OperationType.INSPECTION_STARTED, inspection, new InspectionOps.Started(unit.id(),
                InspectionKind.HANDOVER, template.code(), template.version(), rooms.stream().map(InstantiatedRoom::key)
                .toList(), List.of())));
        String failedRoom = rooms.get(1).key();
        String failedItem = rooms.get(1).room().items().get(2).code();
        answer(rooms, failedRoom, failedItem);
        covered.add(op(OperationType.INSPECTION_METER_READ, inspection, new InspectionOps.MeterRead(MeterType.WATER,
                12.5, null)));
        covered.add(op(OperationType.INSPECTION_KEYS_COUNTED, inspection, new InspectionOps.KeysCounted(
                KeyType.ENTRANCE_DOOR, 3)));
        PhotoRef ref = new PhotoRef(photoSha, Instant.ofEpochMilli(clock), null, null);
        covered.add(op(OperationType.DEFECT_OPENED, defect, new DefectOps.Opened(unit.id(), inspection, failedRoom,
                failedItem, "墙面开裂 <b>约30cm</b>", Severity.NORMAL, "DECORATION", "PLASTER",
                new FloorPlanPin(new Point(4200, 3700)), List.of(ref), null, LocalDate.of(2026, 11, 20))));
        covered.add(op(OperationType.DEFECT_PHOTO_ANNOTATED, defect, new DefectOps.PhotoAnnotated(photoSha, List.of(
                new MarkupShape(MarkupShape.Kind.ARROW, new Point(2000, 2000), new Point(5000, 5200), "裂缝"),
                new MarkupShape(MarkupShape.Kind.CIRCLE, new Point(5000, 5200), new Point(6000, 5200), null)))));
        String hash = sign();
        op(OperationType.DEFECT_OPENED, UUID.randomUUID(), new DefectOps.Opened(unit.id(), inspection, failedRoom, null,
                "签字后发现的划痕", Severity.MINOR, "DECORATION", "DECORATION", null, List.of(), "业主拒绝拍照",
                LocalDate.of(2026, 11, 21)));
        ReplicaState state = Reducer.reduce(all);
        var record = new InspectionQueries.InspectionRecord(inspection, unit.id(), project.id(), "SIGNED", hash,
                clock, state.inspections().get(inspection));
        var defects = state.defects().values().stream().sorted((a, b) -> a.openedAt().compareTo(b.openedAt())).toList();
        RecordCheck check = new RecordCheck(RecordCheck.Status.UNCHANGED, hash, hash, List.of(), List.of(), clock);
        return InspectionView.build(new Site(project, building, unit), record, defects, check, List.of(), List.of(),
                Set.of(photoSha, planSha), new ChecklistNames(BundledChecklists.catalog()), Lang.ZH, "张验房",
                withFigures ? figures() : new InspectionView.Figures(null, sha -> Optional.empty(), Map.of()));
    }

    /** Every item passes but one; the first item with a tolerance gets a measured value. */
    private void answer(List<InstantiatedRoom> rooms, String failedRoom, String failedItem) {
        for (InstantiatedRoom r : rooms) {
            for (ChecklistItem item : r.room().items()) {
                boolean fail = r.key().equals(failedRoom) && item.code().equals(failedItem);
                Double measured = null;
                if (measuredItem == null && item.tolerance() != null && !fail) {
                    measuredItem = item.nameZh();
                    measured = 2.0;
                }
                covered.add(op(OperationType.INSPECTION_ITEM_RECORDED, inspection, new InspectionOps.ItemRecorded(r.key(),
                        item.code(), fail ? ItemResult.FAIL : ItemResult.PASS, measured, fail ? "墙面开裂" : null)));
            }
        }
    }

    private String sign() {
        String hash = SignOffHasher.hash(inspection, covered, SignOffDecision.ACCEPT_WITH_DEFECTS);
        Stroke stroke = new Stroke(List.of(new Point(100, 200), new Point(5000, 6000), new Point(9000, 2500)));
        op(OperationType.INSPECTION_SIGNED, inspection, new InspectionOps.Signed(SignOffDecision.ACCEPT_WITH_DEFECTS,
                List.of(new Signature(SignerRole.OWNER, "王芳", List.of(stroke), Instant.ofEpochMilli(clock)),
                        new Signature(SignerRole.INSPECTOR, "张验房", List.of(stroke), Instant.ofEpochMilli(clock))),
                covered.stream().map(Operation::id).toList(), hash));
        return hash;
    }

    private InspectionView.Figures figures() {
        FloorPlan floorPlan = new FloorPlan(planSha, true, new PhotoSizes.Size(800, 600),
                Map.of(defect, new Point(4200, 3700)));
        Map<String, PhotoSizes.Size> sizes = Map.of(photoSha, new PhotoSizes.Size(640, 480));
        return new InspectionView.Figures(floorPlan, sha -> Optional.ofNullable(sizes.get(sha)), Map.of(defect,
                new Rectifications.Rectification(UUID.randomUUID(), CONTRACTOR, RECTIFY_BY, WorkOrderStatus.ASSIGNED)));
    }

    /** The stored bytes of a photo or of the plan by hash; null for any other. */
    byte[] bytes(String sha) {
        return sha.equals(photoSha) ? photo : sha.equals(planSha) ? plan : null;
    }

    private static byte[] picture(int w, int h, String format, Color fill) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(fill);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.drawRect(20, 20, w - 40, h - 40);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
