package com.handover.server.office.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.DeliveryStandard;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.PhotoRef;
import com.handover.model.Point;
import com.handover.model.Severity;
import com.handover.model.SignOffDecision;
import com.handover.model.Signature;
import com.handover.model.SignerRole;
import com.handover.model.Stroke;
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
import com.handover.server.office.pages.PublicVerifyPage;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.query.InspectionQueries;
import com.handover.server.office.query.InspectionView;
import com.handover.server.office.query.Site;
import com.handover.server.office.verify.RecordCheck;
import com.handover.server.office.web.Lang;
import com.handover.server.office.web.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The printed handover record: every item, the signed defects only, the decision, readings, the QR link. */
class HandoverReportTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final ChecklistTemplate template = BundledChecklists.catalog().latest(DeliveryStandard.FINISHED).orElseThrow();
    private final Project project = new Project(UUID.randomUUID(), "BJHY", "滨江花园", "北京", LocalDate.of(2026, 6, 30), 50);
    private final Building building = new Building(UUID.randomUUID(), project.id(), "1号楼", 18);
    private final Unit unit = new Unit(UUID.randomUUID(), project.id(), building.id(), "1-1203", 12,
            DeliveryStandard.FINISHED, UUID.randomUUID(), "王芳", "13800100001");
    private final UUID inspection = UUID.randomUUID();
    private long clock = Instant.parse("2026-11-20T02:00:00Z").toEpochMilli();
    private final List<Operation> covered = new ArrayList<>();
    private final List<Operation> all = new ArrayList<>();

    private Operation op(OperationType type, UUID entity, Payload payload) {
        Operation op = new Operation(UUID.randomUUID(), type, entity, new Hlc(clock++, 0, "pad-1"), "inspector", "pad-1",
                null, payload);
        all.add(op);
        return op;
    }

    private InspectionView view() {
        List<InstantiatedRoom> rooms = template.instantiate(List.of("LIVING", "BEDROOM-1", "KITCHEN", "BATHROOM-1"));
        covered.add(op(OperationType.INSPECTION_STARTED, inspection, new InspectionOps.Started(unit.id(),
                InspectionKind.HANDOVER, template.code(), template.version(), rooms.stream().map(InstantiatedRoom::key)
                .toList(), List.of())));
        String failedRoom = rooms.get(1).key();
        String failedItem = rooms.get(1).room().items().get(2).code();
        for (InstantiatedRoom r : rooms) {
            for (var item : r.room().items()) {
                boolean fail = r.key().equals(failedRoom) && item.code().equals(failedItem);
                covered.add(op(OperationType.INSPECTION_ITEM_RECORDED, inspection, new InspectionOps.ItemRecorded(r.key(),
                        item.code(), fail ? ItemResult.FAIL : ItemResult.PASS, null, fail ? "墙面开裂" : null)));
            }
        }
        covered.add(op(OperationType.INSPECTION_METER_READ, inspection, new InspectionOps.MeterRead(
                com.handover.model.MeterType.WATER, 12.5, null)));
        covered.add(op(OperationType.INSPECTION_KEYS_COUNTED, inspection, new InspectionOps.KeysCounted(
                com.handover.model.KeyType.ENTRANCE_DOOR, 3)));
        UUID defect = UUID.randomUUID();
        PhotoRef photo = new PhotoRef("a".repeat(64), Instant.ofEpochMilli(clock), null, null);
        covered.add(op(OperationType.DEFECT_OPENED, defect, new DefectOps.Opened(unit.id(), inspection, failedRoom,
                failedItem, "墙面开裂 <b>约30cm</b>", Severity.NORMAL, "DECORATION", "PLASTER", null, List.of(photo), null,
                LocalDate.of(2026, 11, 20))));
        String hash = SignOffHasher.hash(inspection, covered, SignOffDecision.ACCEPT_WITH_DEFECTS);
        Stroke stroke = new Stroke(List.of(new Point(100, 200), new Point(5000, 6000)));
        op(OperationType.INSPECTION_SIGNED, inspection, new InspectionOps.Signed(SignOffDecision.ACCEPT_WITH_DEFECTS,
                List.of(new Signature(SignerRole.OWNER, "王芳", List.of(stroke), Instant.ofEpochMilli(clock)),
                        new Signature(SignerRole.INSPECTOR, "张验房", List.of(stroke), Instant.ofEpochMilli(clock))),
                covered.stream().map(Operation::id).toList(), hash));
        // Found after signing: kept, but not part of the signed record.
        op(OperationType.DEFECT_OPENED, UUID.randomUUID(), new DefectOps.Opened(unit.id(), inspection, failedRoom, null,
                "签字后发现的划痕", Severity.MINOR, "DECORATION", "DECORATION", null, List.of(), "业主拒绝拍照",
                LocalDate.of(2026, 11, 21)));
        ReplicaState state = Reducer.reduce(all);
        var record = new InspectionQueries.InspectionRecord(inspection, unit.id(), project.id(), "SIGNED", hash,
                clock, state.inspections().get(inspection));
        var defects = state.defects().values().stream().sorted((a, b) -> a.openedAt().compareTo(b.openedAt())).toList();
        RecordCheck check = new RecordCheck(RecordCheck.Status.UNCHANGED, hash, hash, List.of(), List.of(), clock);
        return InspectionView.build(new Site(project, building, unit), record, defects, check, List.of(), List.of(),
                Set.of(photo.sha256()), new ChecklistNames(BundledChecklists.catalog()), Lang.ZH, "张验房");
    }

    @Test
    void theReportListsEveryItemAndOnlyTheDefectsTheOwnerSigned() {
        InspectionView view = view();
        HandoverReport r = HandoverReport.of(view, Messages.of(Lang.ZH), ZONE, "https://example.test/v/ABCDEFGHJK",
                "ABCDEFGHJK");
        int expectedItems = template.itemCount(template.instantiate(List.of("LIVING", "BEDROOM-1", "KITCHEN", "BATHROOM-1")));
        assertEquals(expectedItems, r.itemCount());
        assertEquals(1, r.failedCount());
        assertTrue(r.rooms().get(0).items().get(0).failed(), "the room with a failure comes first, failure on top");
        assertEquals(1, r.defects().size(), "the defect found after signing is not in the signed record");
        assertEquals("墙面开裂 <b>约30cm</b>", r.defects().get(0).description(), "text is kept as typed; the page escapes it");
        assertTrue(r.defects().get(0).photos().get(0).arrived());
        assertEquals("收房，问题限期整改", r.decisionText());
        assertEquals(SignOffDecision.ACCEPT_WITH_DEFECTS, r.decision());
        assertEquals(LocalDate.of(2026, 11, 20), r.handoverDay());
        assertEquals("王芳", r.owner());
        assertEquals("张验房", r.inspector(), "the inspector by name");
        assertEquals(List.of(new HandoverReport.Line("水表", "12.5")), r.meters());
        assertEquals(List.of(new HandoverReport.Line("防盗门钥匙", "3")), r.keys());
        assertEquals(2, r.signatures().size());
        assertEquals(RecordCheck.Status.UNCHANGED, r.verification());
        assertNotNull(r.qr());
        assertEquals("https://example.test/v/ABCDEFGHJK", r.qr().text());
    }

    @Test
    void theReportSpeaksTheReadersLanguage() {
        HandoverReport en = HandoverReport.of(view(), Messages.of(Lang.EN), ZONE, null, null);
        assertEquals("Accept with defects", en.decisionText());
        assertEquals("Handover inspection record", en.title());
        assertEquals(null, en.qr());
    }

    @Test
    void thePublicPageMasksTheUnitNumber() {
        assertEquals("1-12**", PublicVerifyPage.mask("1-1203"));
        assertEquals("**", PublicVerifyPage.mask("12"));
        assertFalse(PublicVerifyPage.mask("2-1801").contains("01"));
    }

    @Test
    void theQrCodeHasFinderPatternsInItsCorners() {
        QrCode qr = QrCode.of("https://example.test/v/ABCDEFGHJK");
        int m = QrCode.MARGIN;
        assertTrue(qr.dark()[m][m] && qr.dark()[m][qr.size() - m - 1] && qr.dark()[qr.size() - m - 1][m]);
        assertFalse(qr.dark()[0][0], "quiet zone");
        assertTrue(qr.svgPath().startsWith("M"));
    }
}
