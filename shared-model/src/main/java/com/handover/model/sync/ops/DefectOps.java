package com.handover.model.sync.ops;

import com.handover.model.Checks;
import com.handover.model.DefectCloseReason;
import com.handover.model.FloorPlanPin;
import com.handover.model.MarkupShape;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** Payloads of the operations on a defect (问题). */
public final class DefectOps {

    private DefectOps() {
    }

    /**
     * A defect found at an inspection (from a failed item), at re-inspection, or reported by the owner.
     * It needs at least one photo, or the reason there is none.
     */
    public record Opened(UUID unitId, UUID inspectionId, String room, String itemCode, String description,
                         Severity severity, String trade, String warrantyCategory, FloorPlanPin pin,
                         List<PhotoRef> photos, String noPhotoReason, LocalDate reportedOn) implements Payload {
        public Opened {
            Checks.required("unitId", unitId);
            Checks.roomKey("room", room);
            if (itemCode != null) {
                Checks.code("itemCode", itemCode);
            }
            Checks.text("description", description, Checks.MAX_TEXT);
            Checks.required("severity", severity);
            Checks.code("trade", trade);
            Checks.code("warrantyCategory", warrantyCategory);
            photos = Checks.list("photos", photos);
            Checks.optionalText("noPhotoReason", noPhotoReason, Checks.MAX_TEXT);
            if (photos.isEmpty() && (noPhotoReason == null || noPhotoReason.isBlank())) {
                throw new IllegalArgumentException("a defect needs at least one photo or a reason why there is none (photos, noPhotoReason)");
            }
            Checks.required("reportedOn", reportedOn);
        }

        @Override
        public Set<String> namedPhotos() {
            return PhotoRef.hashes(photos);
        }
    }

    /** A change to exactly one descriptive field of a defect. */
    public record Updated(String description, Severity severity, String trade, FloorPlanPin pin) implements Payload {
        public Updated {
            long set = Stream.of(description, severity, trade, pin).filter(v -> v != null).count();
            if (set != 1) {
                throw new IllegalArgumentException("an update changes exactly one of description, severity, trade, pin");
            }
            if (description != null) {
                Checks.text("description", description, Checks.MAX_TEXT);
            }
            if (trade != null) {
                Checks.code("trade", trade);
            }
        }

        public String field() {
            if (description != null) {
                return "description";
            }
            if (severity != null) {
                return "severity";
            }
            return trade != null ? "trade" : "pin";
        }
    }

    public record PhotoAttached(PhotoRef photo) implements Payload {
        public PhotoAttached {
            Checks.required("photo", photo);
        }

        @Override
        public Set<String> namedPhotos() {
            return Set.of(photo.sha256());
        }
    }

    /** Arrows, circles and labels drawn over one of the defect's photos; replaces the earlier markup of that photo. */
    public record PhotoAnnotated(String photoSha256, List<MarkupShape> shapes) implements Payload {
        public PhotoAnnotated {
            Checks.sha256("photoSha256", photoSha256);
            shapes = Checks.list("shapes", shapes);
        }

        @Override
        public Set<String> namedPhotos() {
            return Set.of(photoSha256);
        }
    }

    public record Assigned(UUID contractorId) implements Payload {
        public Assigned {
            Checks.required("contractorId", contractorId);
        }
    }

    public record RepairStarted(String note) implements Payload {
        public RepairStarted {
            Checks.optionalText("note", note, Checks.MAX_TEXT);
        }
    }

    public record Repaired(String note, List<PhotoRef> photos) implements Payload {
        public Repaired {
            Checks.optionalText("note", note, Checks.MAX_TEXT);
            photos = Checks.list("photos", photos);
        }

        @Override
        public Set<String> namedPhotos() {
            return PhotoRef.hashes(photos);
        }
    }

    public record Closed(DefectCloseReason reason, UUID inspectionId) implements Payload {
        public Closed {
            Checks.required("reason", reason);
            if (reason == DefectCloseReason.REINSPECTION_PASSED) {
                Checks.required("inspectionId", inspectionId);
            }
        }
    }

    public record Reopened(String reason, UUID inspectionId, List<PhotoRef> photos) implements Payload {
        public Reopened {
            Checks.text("reason", reason, Checks.MAX_TEXT);
            photos = Checks.list("photos", photos);
        }

        @Override
        public Set<String> namedPhotos() {
            return PhotoRef.hashes(photos);
        }
    }

    public record Voided(String reason) implements Payload {
        public Voided {
            Checks.text("reason", reason, Checks.MAX_TEXT);
        }
    }
}
