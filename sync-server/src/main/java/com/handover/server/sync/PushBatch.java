package com.handover.server.sync;

import com.handover.model.sync.Operation;
import com.handover.server.auth.Principal;
import com.handover.server.store.EntityIndex;
import com.handover.server.store.OperationLog;
import com.handover.server.store.PhotoCatalog;
import com.handover.server.store.SiteStore;
import com.handover.server.sync.PushResult.Item;
import com.handover.server.sync.PushResult.RejectCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One push being decided, operation by operation in batch order: each answer, and for the accepted ones what the
 * transaction then writes (log rows at the next positions, new records in the entity index, photo references),
 * with the latest clock the device showed.
 */
final class PushBatch {

    private final Principal principal;
    private final PushLookups lookups;
    private final List<Item> results = new ArrayList<>();
    private final List<Item> rejections = new ArrayList<>();
    /** Accepted earlier in this batch, by operation id, with their JSON: a repeat is a duplicate of them. */
    private final Map<UUID, Item> acceptedHere = new HashMap<>();
    private final Map<UUID, String> jsonHere = new HashMap<>();
    private final List<OperationLog.Append> appends = new ArrayList<>();
    private final List<EntityIndex.EntityRef> newEntities = new ArrayList<>();
    private final List<PhotoCatalog.PhotoReference> photoRefs = new ArrayList<>();
    private long position;
    private long maxWall = Long.MIN_VALUE;
    private String maxHlc;

    PushBatch(Principal principal, PushLookups lookups, long head) {
        this.principal = principal;
        this.lookups = lookups;
        this.position = head;
    }

    void decide(PushParsed p) {
        Item result = p.op() == null ? Item.rejected(p.idText(), p.code(), p.message()) : decideRead(p);
        if (result.status() == PushResult.Status.REJECTED) {
            rejections.add(result);
        }
        results.add(result);
    }

    private Item decideRead(PushParsed p) {
        Operation op = p.op();
        OperationLog.StoredOperation before = lookups.stored().get(op.id());
        Item earlier = acceptedHere.get(op.id());
        if (before != null || earlier != null) {
            String json = before != null ? before.json() : jsonHere.get(op.id());
            long at = before != null ? before.position() : earlier.position();
            return json.equals(p.json()) ? Item.duplicate(p.idText(), at) : Item.rejected(p.idText(),
                    RejectCode.ID_REUSED, "another operation with this id, and different content, is already stored");
        }
        Item refused = PushChecks.check(op, principal, lookups);
        return refused != null ? refused : accept(p);
    }

    private Item accept(PushParsed p) {
        Operation op = p.op();
        EntityIndex.EntityRef ref = lookups.known().get(op.entity());
        if (ref == null) {
            SiteStore.UnitLocation loc = lookups.units().get(OperationFacts.createdOnUnit(op));
            ref = new EntityIndex.EntityRef(op.entity(), op.entityKind(), loc.unitId(), loc.projectId());
            lookups.known().put(op.entity(), ref);
            newEntities.add(ref);
        }
        position++;
        Item result = Item.accepted(p.idText(), position);
        acceptedHere.put(op.id(), result);
        jsonHere.put(op.id(), p.json());
        appends.add(new OperationLog.Append(position, op, p.json(), ref.unitId(), ref.projectId()));
        for (String sha : op.payload().namedPhotos()) {
            photoRefs.add(new PhotoCatalog.PhotoReference(sha, op.id(), ref.unitId(), ref.projectId()));
        }
        if (op.hlc().wallMillis() > maxWall) {
            maxWall = op.hlc().wallMillis();
            maxHlc = op.hlc().toString();
        }
        return result;
    }

    List<Item> results() {
        return results;
    }

    List<Item> rejections() {
        return rejections;
    }

    List<OperationLog.Append> appends() {
        return appends;
    }

    List<EntityIndex.EntityRef> newEntities() {
        return newEntities;
    }

    List<PhotoCatalog.PhotoReference> photoRefs() {
        return photoRefs;
    }

    /** The log position of the last operation accepted (the head it started from when none was). */
    long position() {
        return position;
    }

    /** The latest wall clock among the accepted operations' HLCs; null when none was accepted. */
    Long maxWall() {
        return maxHlc == null ? null : maxWall;
    }

    String maxHlc() {
        return maxHlc;
    }
}
