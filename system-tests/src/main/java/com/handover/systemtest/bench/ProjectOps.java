package com.handover.systemtest.bench;

import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.InstantiatedRoom;
import com.handover.model.json.BundledChecklists;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.TimeOrderedIds;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import com.handover.systemtest.device.Jpegs;
import com.handover.systemtest.verify.ServerDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A whole project's handover as one inspector's device records it: per unit one inspection with
 * {@code itemsPerUnit} item results (the FINISHED checklist's items, room by room), {@code defectsPerUnit} defects
 * and, where photos are wanted, {@code photosPerDefect} small real JPEG photos per defect.
 */
public final class ProjectOps {

    public final List<Operation> operations = new ArrayList<>();
    /** Photo bytes by SHA-256, for the photos the operations name. */
    public final Map<String, byte[]> photos = new LinkedHashMap<>();
    private final String device;
    private final String actor;
    private long millis = Instant.parse("2026-09-01T00:00:00Z").toEpochMilli();
    private final Random random;

    private ProjectOps(String device, String actor, long seed) {
        this.device = device;
        this.actor = actor;
        this.random = new Random(seed);
    }

    public static ProjectOps generate(List<Unit> units, List<UnitType> types, String device, String actor,
                                      int itemsPerUnit, int defectsPerUnit, int photosPerDefect, long seed) {
        ProjectOps p = new ProjectOps(device, actor, seed);
        ChecklistCatalog catalog = BundledChecklists.catalog();
        for (Unit unit : units) {
            UnitType type = types.stream().filter(t -> t.id().equals(unit.unitTypeId())).findFirst().orElseThrow();
            ChecklistTemplate template = catalog.latest(unit.deliveryStandard()).orElseThrow();
            List<InstantiatedRoom> rooms = template.instantiate(type.rooms());
            UUID inspection = p.id();
            p.add(OperationType.INSPECTION_STARTED, inspection, new InspectionOps.Started(unit.id(),
                    InspectionKind.HANDOVER, template.code(), template.version(),
                    rooms.stream().map(InstantiatedRoom::key).toList(), List.of()));
            List<String[]> slots = new ArrayList<>();
            for (InstantiatedRoom room : rooms) {
                for (ChecklistItem item : room.room().items()) {
                    slots.add(new String[] {room.key(), item.code(), item.trade(), item.warrantyCategory()});
                }
            }
            for (int i = 0; i < itemsPerUnit; i++) {
                String[] slot = slots.get(i % slots.size());
                p.add(OperationType.INSPECTION_ITEM_RECORDED, inspection, new InspectionOps.ItemRecorded(slot[0],
                        slot[1], i % 30 == 0 ? ItemResult.FAIL : ItemResult.PASS, null, null));
            }
            for (int d = 0; d < defectsPerUnit; d++) {
                String[] slot = slots.get(p.random.nextInt(slots.size()));
                List<PhotoRef> refs = new ArrayList<>();
                for (int k = 0; k < photosPerDefect; k++) {
                    byte[] jpeg = Jpegs.photo(p.random.nextLong(), 32, 24);
                    String sha = ServerDatabase.sha256(jpeg);
                    p.photos.put(sha, jpeg);
                    refs.add(new PhotoRef(sha, Instant.ofEpochMilli(p.millis), null, null));
                }
                p.add(OperationType.DEFECT_OPENED, p.id(), new DefectOps.Opened(unit.id(), inspection, slot[0], slot[1],
                        "墙面空鼓", Severity.NORMAL, slot[2], slot[3], null, refs,
                        refs.isEmpty() ? "业主不同意拍照" : null, LocalDate.of(2026, 9, 1)));
            }
        }
        return p;
    }

    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private void add(OperationType type, UUID entity, Payload payload) {
        millis += 7;
        // Operation ids as the app mints them: time-ordered.
        operations.add(new Operation(TimeOrderedIds.next(millis, random), type, entity, new Hlc(millis, 0, device),
                actor, device, null, payload));
    }
}
