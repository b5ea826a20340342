package com.handover.model.sync.ops;

import com.handover.model.Checks;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.KeyType;
import com.handover.model.MeterType;
import com.handover.model.PhotoRef;
import com.handover.model.SignOffDecision;
import com.handover.model.Signature;
import com.handover.model.SignerRole;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Payloads of the operations on an inspection (验收). */
public final class InspectionOps {

    /** Largest measured value accepted (mm, m, MPa: the item's unit); guards against typing slips. */
    public static final double MAX_MEASURED_VALUE = 100_000;
    public static final int MAX_KEYS_OF_ONE_TYPE = 99;

    private InspectionOps() {
    }

    /** An inspection of a unit begins, on a given template version, with the unit's rooms instantiated. */
    public record Started(UUID unitId, InspectionKind kind, String templateCode, int templateVersion,
                          List<String> rooms, List<UUID> defectsToRecheck) implements Payload {
        public Started {
            Checks.required("unitId", unitId);
            Checks.required("kind", kind);
            Checks.code("templateCode", templateCode);
            if (templateVersion < 1) {
                throw new IllegalArgumentException("templateVersion must be 1 or more");
            }
            rooms = Checks.list("rooms", rooms);
            if (rooms.isEmpty()) {
                throw new IllegalArgumentException("rooms must name at least one room");
            }
            rooms.forEach(r -> Checks.roomKey("rooms[]", r));
            if (new HashSet<>(rooms).size() != rooms.size()) {
                throw new IllegalArgumentException("rooms must not repeat a room");
            }
            defectsToRecheck = Checks.list("defectsToRecheck", defectsToRecheck);
            if (kind == InspectionKind.HANDOVER && !defectsToRecheck.isEmpty()) {
                throw new IllegalArgumentException("a handover inspection has no defects to recheck");
            }
        }
    }

    /** One checklist item answered in one room; a measured value where the item has a tolerance. */
    public record ItemRecorded(String room, String itemCode, ItemResult result, Double measuredValue, String note)
            implements Payload {
        public ItemRecorded {
            Checks.roomKey("room", room);
            Checks.code("itemCode", itemCode);
            Checks.required("result", result);
            if (measuredValue != null && (measuredValue.isNaN() || Math.abs(measuredValue) > MAX_MEASURED_VALUE)) {
                throw new IllegalArgumentException("measuredValue must be a number within ±" + (long) MAX_MEASURED_VALUE);
            }
            Checks.optionalText("note", note, Checks.MAX_TEXT);
        }
    }

    /** A meter read at handover, with a photo of the meter where one was taken. */
    public record MeterRead(MeterType meter, double reading, PhotoRef photo) implements Payload {
        public MeterRead {
            Checks.required("meter", meter);
            if (Double.isNaN(reading) || reading < 0 || reading > 1e9) {
                throw new IllegalArgumentException("reading must be a number from 0 to 1e9");
            }
        }

        @Override
        public Set<String> namedPhotos() {
            return photo == null ? Set.of() : Set.of(photo.sha256());
        }
    }

    /** How many keys of one kind were handed over. */
    public record KeysCounted(KeyType keyType, int count) implements Payload {
        public KeysCounted {
            Checks.required("keyType", keyType);
            if (count < 0 || count > MAX_KEYS_OF_ONE_TYPE) {
                throw new IllegalArgumentException("count must be 0.." + MAX_KEYS_OF_ONE_TYPE);
            }
        }
    }

    /**
     * The sign-off: the owner's decision and both signatures over {@code contentHash}, the SHA-256 of the
     * canonical content built from exactly {@code coveredOperations} (the operations on this inspection and
     * its defects that the signing device held).
     */
    public record Signed(SignOffDecision decision, List<Signature> signatures, List<UUID> coveredOperations,
                         String contentHash) implements Payload {
        public Signed {
            Checks.required("decision", decision);
            signatures = Checks.list("signatures", signatures);
            var roles = EnumSet.noneOf(SignerRole.class);
            signatures.forEach(s -> roles.add(s.role()));
            if (!roles.contains(SignerRole.OWNER) || !roles.contains(SignerRole.INSPECTOR)) {
                throw new IllegalArgumentException("a sign-off needs the owner's and the inspector's signatures");
            }
            if (roles.size() != signatures.size()) {
                throw new IllegalArgumentException("each role signs once");
            }
            coveredOperations = Checks.list("coveredOperations", coveredOperations);
            if (coveredOperations.isEmpty()) {
                throw new IllegalArgumentException("coveredOperations must name what was signed");
            }
            Checks.sha256("contentHash", contentHash);
        }
    }
}
