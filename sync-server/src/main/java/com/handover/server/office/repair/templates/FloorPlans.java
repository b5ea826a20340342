package com.handover.server.office.repair.templates;

import com.handover.server.Components;
import com.handover.server.blob.MediaType;
import com.handover.server.store.PhotoCatalog;
import com.handover.server.web.errors.ApiException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * A unit type's floor plan (户型图), the drawing defect pins are placed on: a PNG or JPEG kept in the blob store
 * under its SHA-256 and named by {@code UnitType.floorPlanSha256}. The plan is also recorded as a photo of the
 * unit type's project, so that the project's inspectors may download it.
 */
public final class FloorPlans {

    private final Components c;

    public FloorPlans(Components c) {
        this.c = c;
    }

    /** Stores the uploaded plan and sets it on the unit type; returns null, or the bundle key of why not. */
    public String upload(UUID unitTypeId, UploadedFile file) {
        if (file == null || file.size() == 0) {
            return "templates.import.noFile";
        }
        if (file.size() > maxBytes()) {
            return "templates.floorPlan.tooLarge";
        }
        try (InputStream in = file.content()) {
            return store(unitTypeId, in.readNBytes((int) maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a plan's bytes and sets it on the unit type; returns null, or the bundle key of why not. */
    public String store(UUID unitTypeId, byte[] bytes) {
        UUID projectId = c.db().read(conn -> c.sites().projectOfUnitType(conn, unitTypeId)).orElse(null);
        if (projectId == null) {
            return "templates.floorPlan.noType";
        }
        if (bytes.length > maxBytes()) {
            return "templates.floorPlan.tooLarge";
        }
        if (MediaType.sniff(bytes, bytes.length).isEmpty()) {
            return "templates.floorPlan.notImage";
        }
        String sha = sha256(bytes);
        try {
            c.blobs().upload(sha, 0, bytes.length, bytes);
        } catch (ApiException e) {
            return "templates.floorPlan.notImage";
        }
        c.db().write(conn -> {
            c.sites().setFloorPlan(conn, unitTypeId, sha);
            c.photos().addFloorPlanReference(conn, sha, unitTypeId, projectId);
            return null;
        });
        return null;
    }

    private long maxBytes() {
        return Math.min(c.config().limits().maxBlobBytes(), c.config().limits().maxBlobChunkBytes());
    }

    /** A unit type's plan as kept in the blob store. */
    public record Image(String contentType, byte[] bytes) {
    }

    /** Whether the unit type has a floor plan whose bytes are stored (reads no bytes). */
    public boolean has(UUID unitTypeId) {
        return c.db().read(conn -> {
            var sha = c.sites().floorPlan(conn, unitTypeId).orElse(null);
            return sha != null && c.photos().blob(conn, sha).isPresent();
        });
    }

    public Optional<Image> image(UUID unitTypeId) {
        return c.db().read(conn -> {
            var sha = c.sites().floorPlan(conn, unitTypeId).orElse(null);
            return sha == null ? Optional.<PhotoCatalog.BlobInfo>empty()
                    : c.photos().blob(conn, sha);
        }).map(info -> new Image(info.contentType(), c.blobs().read(info.sha256(), 0, (int) info.size())));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
