package com.handover.systemtest.bench;

import com.handover.mobile.replica.Replica;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.InstantiatedRoom;
import com.handover.model.json.BundledChecklists;
import com.handover.model.site.Building;
import com.handover.model.site.Unit;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.systemtest.server.TestSite;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What one inspector records between two syncs in the many-devices rounds, and on which unit. */
final class InspectorRound {

    private static final int ITEMS_PER_ROUND = 10;

    private InspectorRound() {
    }

    /** Device {@code n} works in building {@code n % buildings}, on a unit of its own there. */
    static Unit unitOf(TestSite site, int device) {
        List<Building> buildings = site.buildingsA();
        Building building = buildings.get(device % buildings.size());
        List<Unit> units = site.unitsA.stream().filter(u -> u.buildingId().equals(building.id())).toList();
        return units.get((device / buildings.size()) % units.size());
    }

    /** The inspection started (first round) and ten items answered, on the device's own inspection of its unit. */
    static List<Replica.Action> work(String deviceId, Unit unit, int round) {
        UUID inspection = UUID.nameUUIDFromBytes((deviceId + "-inspection").getBytes(StandardCharsets.UTF_8));
        ChecklistTemplate t = BundledChecklists.catalog().latest(unit.deliveryStandard()).orElseThrow();
        List<InstantiatedRoom> rooms = t.instantiate(List.of("LIVING", "BEDROOM-1", "KITCHEN", "BATHROOM-1"));
        List<Replica.Action> work = new ArrayList<>();
        if (round == 0) {
            work.add(new Replica.Action(OperationType.INSPECTION_STARTED, inspection, new InspectionOps.Started(
                    unit.id(), InspectionKind.HANDOVER, t.code(), t.version(),
                    rooms.stream().map(InstantiatedRoom::key).toList(), List.of())));
        }
        for (int i = 0; i < ITEMS_PER_ROUND; i++) {
            InstantiatedRoom room = rooms.get((round * ITEMS_PER_ROUND + i) % rooms.size());
            var item = room.room().items().get((round * ITEMS_PER_ROUND + i) % room.room().items().size());
            work.add(new Replica.Action(OperationType.INSPECTION_ITEM_RECORDED, inspection,
                    new InspectionOps.ItemRecorded(room.key(), item.code(), ItemResult.PASS, null, null)));
        }
        return work;
    }
}
