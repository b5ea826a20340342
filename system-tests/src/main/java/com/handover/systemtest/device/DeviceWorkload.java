package com.handover.systemtest.device;

import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.ui.AppContext;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.KeyType;
import com.handover.model.MeterType;
import com.handover.model.PhotoRef;
import com.handover.model.Point;
import com.handover.model.Severity;
import com.handover.model.SignOffDecision;
import com.handover.model.Signature;
import com.handover.model.SignerRole;
import com.handover.model.Stroke;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.InstantiatedRoom;
import com.handover.model.signoff.SignOffHasher;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * An inspector's day, as the app's screens record it: start a handover inspection on a unit, answer checklist
 * items room by room, open defects with a photo from the camera, add photos, read meters, count keys, and get the
 * owner's signature. Each action goes through the app's {@code Replica.record} (stored with its outbox row before
 * it counts) and photos through its {@code PhotoLibrary}. Action n of a seed is always drawn the same way, so a
 * device restarted after a crash carries on with the same plan; what it acts on comes from the replica it holds.
 */
public final class DeviceWorkload {

    private static final String[] DESCRIPTIONS = {"墙面空鼓约0.3㎡", "地砖裂缝", "卫生间地漏返水", "入户门锁芯卡阻",
        "窗户密封条缺失", "厨房墙砖<b>空鼓</b>'; DROP TABLE defects;--"};

    private final AppContext app;
    private final long seed;
    private final String owner;

    public DeviceWorkload(AppContext app, long seed, String owner) {
        this.app = app;
        this.seed = seed;
        this.owner = owner;
    }

    /** Records action {@code index}; empty when there is nothing to act on yet (no reference data). */
    public Optional<Operation> act(long index) {
        ReferenceData reference = app.reference().load();
        if (reference.units().isEmpty()) {
            return Optional.empty();
        }
        Random r = new Random(seed * 1_000_003L + index);
        List<InspectionState> open = app.replica().read(s -> s.inspections().values().stream()
                .filter(i -> i.signOff() == null).sorted(Comparator.comparing(InspectionState::id)).toList());
        int roll = r.nextInt(100);
        if (open.isEmpty() || roll < 8) {
            return Optional.of(startInspection(reference, r));
        }
        InspectionState in = open.get(r.nextInt(open.size()));
        ChecklistTemplate template = app.catalog().template(in.templateCode(), in.templateVersion()).orElseThrow();
        List<InstantiatedRoom> rooms = template.instantiate(in.rooms());
        if (roll < 70) {
            return Optional.of(recordItem(in, rooms, r));
        }
        if (roll < 82) {
            return Optional.of(openDefect(in, rooms, r, index));
        }
        if (roll < 87) {
            List<DefectState> defects = app.replica().read(s -> s.defects().values().stream()
                    .filter(d -> in.id().equals(d.inspectionId())).sorted(Comparator.comparing(DefectState::id)).toList());
            if (!defects.isEmpty()) {
                DefectState d = defects.get(r.nextInt(defects.size()));
                return Optional.of(app.replica().record(OperationType.DEFECT_PHOTO_ATTACHED, d.id(),
                        new DefectOps.PhotoAttached(photo(index, 1))));
            }
            return Optional.of(recordItem(in, rooms, r));
        }
        if (roll < 92) {
            return Optional.of(app.replica().record(OperationType.INSPECTION_METER_READ, in.id(),
                    new InspectionOps.MeterRead(MeterType.values()[r.nextInt(MeterType.values().length)],
                            r.nextInt(100_000) / 10.0, r.nextBoolean() ? photo(index, 2) : null)));
        }
        if (roll < 96) {
            return Optional.of(app.replica().record(OperationType.INSPECTION_KEYS_COUNTED, in.id(),
                    new InspectionOps.KeysCounted(KeyType.values()[r.nextInt(KeyType.values().length)], 1 + r.nextInt(4))));
        }
        return Optional.of(sign(in, r));
    }

    private Operation startInspection(ReferenceData reference, Random r) {
        Unit unit = reference.units().get(r.nextInt(reference.units().size()));
        UnitType type = reference.unitType(unit.unitTypeId()).orElseThrow();
        ChecklistTemplate template = app.catalog().latest(unit.deliveryStandard()).orElseThrow();
        List<String> rooms = template.instantiate(type.rooms()).stream().map(InstantiatedRoom::key).toList();
        return app.replica().record(OperationType.INSPECTION_STARTED, new UUID(r.nextLong(), r.nextLong()),
                new InspectionOps.Started(unit.id(), InspectionKind.HANDOVER, template.code(), template.version(),
                        rooms, List.of()));
    }

    private Operation recordItem(InspectionState in, List<InstantiatedRoom> rooms, Random r) {
        InstantiatedRoom room = rooms.get(r.nextInt(rooms.size()));
        List<ChecklistItem> items = room.room().items();
        ChecklistItem item = items.get(r.nextInt(items.size()));
        int p = r.nextInt(10);
        ItemResult result = p < 7 ? ItemResult.PASS : p < 9 ? ItemResult.FAIL : ItemResult.NOT_APPLICABLE;
        Double measured = item.tolerance() != null && r.nextBoolean() ? r.nextInt(80) / 10.0 : null;
        return app.replica().record(OperationType.INSPECTION_ITEM_RECORDED, in.id(),
                new InspectionOps.ItemRecorded(room.key(), item.code(), result, measured,
                        r.nextInt(6) == 0 ? DESCRIPTIONS[r.nextInt(DESCRIPTIONS.length)] : null));
    }

    private Operation openDefect(InspectionState in, List<InstantiatedRoom> rooms, Random r, long index) {
        InstantiatedRoom room = rooms.get(r.nextInt(rooms.size()));
        ChecklistItem item = room.room().items().get(r.nextInt(room.room().items().size()));
        UUID id = new UUID(r.nextLong(), r.nextLong());
        return app.replica().record(OperationType.DEFECT_OPENED, id, new DefectOps.Opened(in.unitId(), in.id(),
                room.key(), item.code(), DESCRIPTIONS[r.nextInt(DESCRIPTIONS.length)],
                Severity.values()[r.nextInt(Severity.values().length)], item.trade(), item.warrantyCategory(), null,
                List.of(photo(index, 0)), null, LocalDate.now(app.clock())));
    }

    private Operation sign(InspectionState in, Random r) {
        List<Operation> covered = app.replica().read(s -> {
            List<Operation> ops = new ArrayList<>(s.operationsOf(EntityKind.INSPECTION, in.id()));
            s.defects().values().stream().filter(d -> in.id().equals(d.inspectionId()))
                    .forEach(d -> ops.addAll(s.operationsOf(EntityKind.DEFECT, d.id())));
            return ops;
        });
        SignOffDecision decision = SignOffDecision.values()[r.nextInt(SignOffDecision.values().length)];
        var now = app.clock().instant();
        var stroke = new Stroke(List.of(new Point(r.nextInt(Point.SCALE + 1), r.nextInt(Point.SCALE + 1)),
                new Point(r.nextInt(Point.SCALE + 1), r.nextInt(Point.SCALE + 1))));
        List<Signature> signatures = List.of(new Signature(SignerRole.OWNER, "业主", List.of(stroke), now),
                new Signature(SignerRole.INSPECTOR, owner, List.of(stroke), now));
        String hash = SignOffHasher.hash(in.id(), covered, decision);
        return app.replica().record(OperationType.INSPECTION_SIGNED, in.id(), new InspectionOps.Signed(decision,
                signatures, covered.stream().map(Operation::id).toList(), hash));
    }

    /** A new photo from the camera, compressed and stored by the app's photo library. */
    private PhotoRef photo(long index, int slot) {
        try {
            return app.photos().importPhoto(Jpegs.photo(seed * 31 + index * 7 + slot, 96, 72), app.clock().instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
