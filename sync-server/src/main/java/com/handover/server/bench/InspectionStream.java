package com.handover.server.bench;

import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.InstantiatedRoom;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.TimeOrderedIds;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic handover inspections, unit after unit, as one inspector's device records them: the inspection
 * starts on the FINISHED template, every item of every room is answered (about 4 % fail, some with a measured
 * value and a note), and each failed item opens a defect with a photo.
 */
final class InspectionStream {

    static final List<String> ROOMS = List.of("LIVING", "BEDROOM-1", "BEDROOM-2", "BEDROOM-3", "KITCHEN",
            "BATHROOM-1", "BATHROOM-2", "BALCONY-1");

    private final ChecklistTemplate template;
    private final List<InstantiatedRoom> rooms;
    private final String actor;
    private final String device;
    private final Random random;
    private long millis;

    InspectionStream(ChecklistCatalog catalog, String actor, String device, long seed) {
        this.template = catalog.template("FINISHED", 1).orElseThrow();
        this.rooms = template.instantiate(ROOMS);
        this.actor = actor;
        this.device = device;
        this.random = new Random(seed);
        this.millis = Instant.parse("2026-10-01T01:00:00Z").toEpochMilli();
    }

    /** Operations for the given units, stopping at {@code limit} operations. */
    List<Operation> generate(List<UUID> units, int limit) {
        List<Operation> out = new ArrayList<>(limit);
        for (UUID unit : units) {
            UUID inspection = uuid();
            out.add(op(OperationType.INSPECTION_STARTED, inspection, new InspectionOps.Started(unit,
                    InspectionKind.HANDOVER, template.code(), template.version(), ROOMS, List.of())));
            for (InstantiatedRoom room : rooms) {
                for (ChecklistItem item : room.room().items()) {
                    if (out.size() >= limit) {
                        return out;
                    }
                    boolean fail = random.nextInt(100) < 4;
                    Double measured = random.nextInt(4) == 0 ? Math.round(random.nextDouble() * 60) / 10.0 : null;
                    out.add(op(OperationType.INSPECTION_ITEM_RECORDED, inspection, new InspectionOps.ItemRecorded(
                            room.key(), item.code(), fail ? ItemResult.FAIL : ItemResult.PASS, measured,
                            fail ? "业主指出：" + item.nameZh() + "不合格" : null)));
                    if (fail && out.size() < limit) {
                        String sha = HexFormat.of().formatHex(bytes(32));
                        out.add(op(OperationType.DEFECT_OPENED, uuid(), new DefectOps.Opened(unit, inspection,
                                room.key(), item.code(), item.nameZh() + "：现场复核不合格，需整改", Severity.NORMAL,
                                item.trade(), item.warrantyCategory(), null,
                                List.of(new PhotoRef(sha, Instant.ofEpochMilli(millis), 39.9042, 116.4074)), null,
                                LocalDate.of(2026, 10, 1))));
                    }
                }
            }
            if (out.size() >= limit) {
                return out;
            }
        }
        return out;
    }

    private Operation op(OperationType type, UUID entity, Payload payload) {
        millis += 1 + random.nextInt(3000);
        // Operation ids as the app mints them: time-ordered (TimeOrderedIds).
        return new Operation(TimeOrderedIds.next(millis, random), type, entity, new Hlc(millis, 0, device), actor,
                device, null, payload);
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
