package com.handover.server.sync;

import com.handover.model.sync.Operation;
import com.handover.model.sync.PushPermissions;
import com.handover.server.auth.Principal;
import com.handover.server.store.EntityIndex;
import com.handover.server.store.SiteStore;
import com.handover.server.sync.PushResult.Item;
import com.handover.server.sync.PushResult.RejectCode;
import java.util.UUID;

/** Whether one new operation may be stored: who sent it, what the sender's role allows, which record, what scope. */
final class PushChecks {

    /** The unit and project the operation's record belongs to, or why it belongs nowhere. */
    private record Place(UUID unitId, UUID projectId, Item rejection) {

        static Place of(UUID unitId, UUID projectId) {
            return new Place(unitId, projectId, null);
        }

        static Place refused(Item rejection) {
            return new Place(null, null, rejection);
        }
    }

    private PushChecks() {
    }

    /** Null when the operation may be stored; otherwise the rejection. */
    static Item check(Operation op, Principal principal, PushLookups lookups) {
        Item refused = refusedSender(op, principal);
        if (refused != null) {
            return refused;
        }
        String id = op.id().toString();
        EntityIndex.EntityRef ref = lookups.known().get(op.entity());
        UUID createdOn = OperationFacts.createdOnUnit(op);
        Place place = createdOn != null ? createdPlace(op, ref, createdOn, lookups) : existingPlace(op, ref);
        if (place.rejection() != null) {
            return place.rejection();
        }
        if (!lookups.scope().allows(op.entityKind(), op.entity(), createdOn != null, place.unitId(),
                place.projectId())) {
            return Item.rejected(id, RejectCode.OUT_OF_SCOPE, "this " + op.entityKind()
                    + " is outside what you are assigned");
        }
        return null;
    }

    /** The device, the actor and what the sender's role may record. */
    private static Item refusedSender(Operation op, Principal principal) {
        String id = op.id().toString();
        if (!op.device().equals(principal.deviceId())) {
            return Item.rejected(id, RejectCode.DEVICE_MISMATCH, "the operation was recorded on device '"
                    + op.device() + "', but this token belongs to device '" + principal.deviceId() + "'");
        }
        if (!op.actor().equals(principal.username())) {
            return Item.rejected(id, RejectCode.INVALID, "the actor '" + op.actor()
                    + "' is not the signed-in user '" + principal.username() + "'");
        }
        if (!PushPermissions.mayPush(principal.role(), op.type())) {
            return Item.rejected(id, RejectCode.FORBIDDEN_ROLE, "a user with role " + principal.role()
                    + " may not record " + op.type().wireName());
        }
        String payloadRefusal = PushPermissions.payloadRefusal(principal.role(), op);
        return payloadRefusal == null ? null : Item.rejected(id, RejectCode.FORBIDDEN_ROLE, payloadRefusal);
    }

    /** A record created by this operation: its unit must exist, and its id must not name another record. */
    private static Place createdPlace(Operation op, EntityIndex.EntityRef ref, UUID createdOn, PushLookups lookups) {
        SiteStore.UnitLocation loc = lookups.units().get(createdOn);
        if (loc == null) {
            return Place.refused(Item.rejected(op.id().toString(), RejectCode.UNKNOWN_ENTITY, "no unit " + createdOn));
        }
        if (ref != null && (ref.kind() != op.entityKind() || !ref.unitId().equals(createdOn))) {
            return Place.refused(Item.rejected(op.id().toString(), RejectCode.INVALID, "the id " + op.entity()
                    + " already names another record"));
        }
        return Place.of(loc.unitId(), loc.projectId());
    }

    /** A record this operation changes: it must have been created, as the same kind. */
    private static Place existingPlace(Operation op, EntityIndex.EntityRef ref) {
        if (ref == null) {
            return Place.refused(Item.rejected(op.id().toString(), RejectCode.UNKNOWN_ENTITY, "no "
                    + op.entityKind() + " " + op.entity() + " has been created"));
        }
        if (ref.kind() != op.entityKind()) {
            return Place.refused(Item.rejected(op.id().toString(), RejectCode.INVALID, op.entity() + " is a "
                    + ref.kind() + ", not a " + op.entityKind()));
        }
        return Place.of(ref.unitId(), ref.projectId());
    }
}
