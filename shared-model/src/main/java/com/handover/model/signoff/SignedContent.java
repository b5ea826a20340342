package com.handover.model.signoff;

import com.handover.model.DefectStatus;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.KeyType;
import com.handover.model.MeterType;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import com.handover.model.SignOffDecision;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.state.InspectionState;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What an owner signs at handover: the findings, the defects with the hashes of their photos, the meter
 * readings, the keys and the decision, built from exactly the operations the signature covers. Lists are
 * sorted so that every party building it from the same operations gets the same canonical JSON.
 */
public record SignedContent(UUID inspection, UUID unit, InspectionKind kind, String template, int templateVersion,
                            List<String> rooms, List<Item> items, List<Meter> meters, List<Keys> keys,
                            List<Defect> defects, SignOffDecision decision) {

    public record Item(String room, String item, ItemResult result, Double measuredValue, String note) {
    }

    public record Meter(MeterType meter, double reading, String photo) {
    }

    public record Keys(KeyType keyType, int count) {
    }

    public record Defect(UUID id, String room, String item, String description, Severity severity, String trade,
                         String warrantyCategory, List<String> photos, String noPhotoReason) {
    }

    /**
     * Builds the content of inspection {@code inspectionId} from the covered operations (any operation of the
     * inspection or of its defects; others are ignored).
     *
     * @throws IllegalArgumentException if the covered operations do not include the inspection's start
     */
    public static SignedContent from(UUID inspectionId, Collection<Operation> covered, SignOffDecision decision) {
        List<Operation> relevant = covered.stream()
                .filter(o -> o.type() != OperationType.INSPECTION_SIGNED)
                .toList();
        ReplicaState state = Reducer.reduce(relevant);
        InspectionState inspection = state.inspections().get(inspectionId);
        if (inspection == null) {
            throw new IllegalArgumentException("the signed operations do not include the start of inspection " + inspectionId);
        }
        List<Item> items = inspection.items().values().stream()
                .map(e -> new Item(e.room(), e.itemCode(), e.result(), e.measuredValue(), e.note()))
                .toList();
        List<Meter> meters = inspection.meters().entrySet().stream()
                .map(e -> new Meter(e.getKey(), e.getValue().reading(),
                        e.getValue().photo() == null ? null : e.getValue().photo().sha256()))
                .toList();
        List<Keys> keys = inspection.keys().entrySet().stream().map(e -> new Keys(e.getKey(), e.getValue())).toList();
        List<Defect> defects = state.defects().values().stream()
                .filter(d -> inspectionId.equals(d.inspectionId()) && d.status() != DefectStatus.VOID)
                .sorted(Comparator.comparing(d -> d.id()))
                .map(d -> new Defect(d.id(), d.room(), d.itemCode(), d.description(), d.severity(), d.trade(),
                        d.warrantyCategory(), d.photos().stream().map(PhotoRef::sha256).sorted().toList(),
                        d.noPhotoReason()))
                .toList();
        return new SignedContent(inspectionId, inspection.unitId(), inspection.kind(), inspection.templateCode(),
                inspection.templateVersion(), inspection.rooms(), items, meters, keys, defects, decision);
    }
}
