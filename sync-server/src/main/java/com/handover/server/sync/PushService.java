package com.handover.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.TextShapes;
import com.handover.model.json.OperationCodec;
import com.handover.model.json.OperationFormatException;
import com.handover.model.sync.Operation;
import com.handover.model.sync.PushPermissions;
import com.handover.server.auth.Principal;
import com.handover.server.auth.Scopes;
import com.handover.server.store.Database;
import com.handover.server.store.DeviceStore;
import com.handover.server.store.EntityIndex;
import com.handover.server.store.OperationLog;
import com.handover.server.store.PhotoCatalog;
import com.handover.server.store.SiteStore;
import com.handover.server.sync.PushResult.Item;
import com.handover.server.sync.PushResult.RejectCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Takes in a batch of operations. Each is checked on its own (form, id reuse, device, role, record, scope) and
 * answered ACCEPTED, DUPLICATE or REJECTED; the accepted ones are appended to the log, and the units they touch
 * re-folded, in one transaction that holds the log head from start to commit.
 */
public final class PushService {

    /** Longest rejection message stored for the office. */
    private static final int MAX_STORED_MESSAGE = 500;

    private final Database db;
    private final OperationLog log;
    private final EntityIndex entities;
    private final SiteStore sites;
    private final PhotoCatalog photos;
    private final DeviceStore devices;
    private final Scopes scopes;
    private final StateMaterializer materializer;
    private final ServerClock serverClock;
    private final Clock clock;
    private final OperationCodec codec = new OperationCodec();

    public PushService(Database db, OperationLog log, EntityIndex entities, SiteStore sites, PhotoCatalog photos,
                       DeviceStore devices, Scopes scopes, StateMaterializer materializer, ServerClock serverClock,
                       Clock clock) {
        this.db = db;
        this.log = log;
        this.entities = entities;
        this.sites = sites;
        this.photos = photos;
        this.devices = devices;
        this.scopes = scopes;
        this.materializer = materializer;
        this.serverClock = serverClock;
        this.clock = clock;
    }

    /** One element of the batch after parsing: an operation, or the reason it could not be read. */
    private record Parsed(String idText, Operation op, String json, RejectCode code, String message) {
    }

    public PushResult push(Principal principal, List<JsonNode> batch) {
        return push(principal, batch, null);
    }

    /**
     * @param deviceTime the device's wall clock when it sent the batch (header {@code X-Device-Time}), or null;
     *                   its difference from this server's clock is the device's recorded drift
     */
    public PushResult push(Principal principal, List<JsonNode> batch, Long deviceTime) {
        List<Parsed> parsed = batch.stream().map(this::parse).toList();
        Stored stored = db.write(c -> decideAndStore(c, principal, parsed, deviceTime));
        materializer.committed(stored.folds());
        List<Item> results = stored.results();
        for (int i = 0; i < parsed.size(); i++) {
            Operation op = parsed.get(i).op();
            if (op != null && results.get(i).status() == PushResult.Status.ACCEPTED) {
                serverClock.receive(op.hlc());
            }
        }
        return new PushResult(results, serverClock.now().toString());
    }

    private Parsed parse(JsonNode node) {
        String idText = null;
        JsonNode id = node == null ? null : node.get("id");
        if (id != null && id.isTextual() && TextShapes.lowerCaseUuid(id.textValue())) {
            idText = id.textValue();
        }
        try {
            Operation op = codec.fromTree(node);
            return new Parsed(op.id().toString(), op, codec.toJson(op), null, null);
        } catch (OperationFormatException e) {
            RejectCode code = e.code() == OperationFormatException.Code.UNKNOWN_TYPE
                    ? RejectCode.UNKNOWN_TYPE : RejectCode.INVALID;
            return new Parsed(idText, null, null, code, e.getMessage());
        }
    }

    /** What one push transaction wrote: the answers, and the unit folds to keep once it has committed. */
    private record Stored(List<Item> results, StateMaterializer.Written folds) {
    }

    private Stored decideAndStore(Connection c, Principal principal, List<Parsed> parsed, Long deviceTime)
            throws SQLException {
        long head = log.lockHead(c);
        Set<UUID> ids = new HashSet<>();
        Set<UUID> entityIds = new HashSet<>();
        Set<UUID> createdUnits = new HashSet<>();
        for (Parsed p : parsed) {
            if (p.op() != null) {
                ids.add(p.op().id());
                entityIds.add(p.op().entity());
                UUID unit = OperationFacts.createdOnUnit(p.op());
                if (unit != null) {
                    createdUnits.add(unit);
                }
            }
        }
        Map<UUID, OperationLog.StoredOperation> stored = log.findByIds(c, ids);
        Map<UUID, EntityIndex.EntityRef> known = new HashMap<>(entities.find(c, entityIds));
        Map<UUID, SiteStore.UnitLocation> units = sites.locateUnits(c, createdUnits);
        Scopes.PushScope scope = scopes.forPush(c, principal);

        List<Item> results = new ArrayList<>();
        Map<UUID, Item> acceptedHere = new HashMap<>();
        Map<UUID, String> jsonHere = new HashMap<>();
        List<OperationLog.Append> appends = new ArrayList<>();
        List<EntityIndex.EntityRef> newEntities = new ArrayList<>();
        List<PhotoCatalog.PhotoReference> photoRefs = new ArrayList<>();
        List<Item> rejections = new ArrayList<>();
        long position = head;
        long maxWall = Long.MIN_VALUE;
        String maxHlc = null;

        for (Parsed p : parsed) {
            Item result;
            if (p.op() == null) {
                result = Item.rejected(p.idText(), p.code(), p.message());
            } else {
                Operation op = p.op();
                String id = p.idText();
                OperationLog.StoredOperation before = stored.get(op.id());
                Item earlier = acceptedHere.get(op.id());
                if (before != null || earlier != null) {
                    String json = before != null ? before.json() : jsonHere.get(op.id());
                    long at = before != null ? before.position() : earlier.position();
                    result = json.equals(p.json()) ? Item.duplicate(id, at)
                            : Item.rejected(id, RejectCode.ID_REUSED,
                            "another operation with this id, and different content, is already stored");
                } else {
                    result = check(op, principal, scope, known, units);
                    if (result == null) {
                        EntityIndex.EntityRef ref = known.get(op.entity());
                        if (ref == null) {
                            SiteStore.UnitLocation loc = units.get(OperationFacts.createdOnUnit(op));
                            ref = new EntityIndex.EntityRef(op.entity(), op.entityKind(), loc.unitId(), loc.projectId());
                            known.put(op.entity(), ref);
                            newEntities.add(ref);
                        }
                        position++;
                        result = Item.accepted(id, position);
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
                    }
                }
            }
            if (result.status() == PushResult.Status.REJECTED) {
                rejections.add(result);
            }
            results.add(result);
        }

        long now = clock.millis();
        StateMaterializer.Written folds = new StateMaterializer.Written(Map.of());
        if (!appends.isEmpty()) {
            entities.insert(c, newEntities);
            log.append(c, appends, now);
            photos.addReferences(c, photoRefs);
            log.setHead(c, position);
            folds = materializer.foldAppended(c, appends);
        }
        devices.recordRejections(c, principal.deviceId(), principal.username(), rejections.stream()
                .map(r -> new DeviceStore.Rejection(r.id(), r.code() == null ? null : r.code().name(), r.message()))
                .toList(), now, MAX_STORED_MESSAGE);
        devices.recordSync(c, principal.deviceId(), now, ClockDrift.of(deviceTime, maxHlc == null ? null : maxWall, now),
                maxHlc);
        return new Stored(results, folds);
    }

    /** Null when the operation may be stored; otherwise the rejection. */
    private static Item check(Operation op, Principal principal, Scopes.PushScope scope,
                              Map<UUID, EntityIndex.EntityRef> known, Map<UUID, SiteStore.UnitLocation> units) {
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
        if (payloadRefusal != null) {
            return Item.rejected(id, RejectCode.FORBIDDEN_ROLE, payloadRefusal);
        }
        EntityIndex.EntityRef ref = known.get(op.entity());
        UUID createdOn = OperationFacts.createdOnUnit(op);
        UUID unitId;
        UUID projectId;
        if (createdOn != null) {
            SiteStore.UnitLocation loc = units.get(createdOn);
            if (loc == null) {
                return Item.rejected(id, RejectCode.UNKNOWN_ENTITY, "no unit " + createdOn);
            }
            if (ref != null && (ref.kind() != op.entityKind() || !ref.unitId().equals(createdOn))) {
                return Item.rejected(id, RejectCode.INVALID, "the id " + op.entity()
                        + " already names another record");
            }
            unitId = loc.unitId();
            projectId = loc.projectId();
        } else {
            if (ref == null) {
                return Item.rejected(id, RejectCode.UNKNOWN_ENTITY, "no " + op.entityKind() + " " + op.entity()
                        + " has been created");
            }
            if (ref.kind() != op.entityKind()) {
                return Item.rejected(id, RejectCode.INVALID, op.entity() + " is a " + ref.kind() + ", not a "
                        + op.entityKind());
            }
            unitId = ref.unitId();
            projectId = ref.projectId();
        }
        if (!scope.allows(op.entityKind(), op.entity(), createdOn != null, unitId, projectId)) {
            return Item.rejected(id, RejectCode.OUT_OF_SCOPE, "this " + op.entityKind()
                    + " is outside what you are assigned");
        }
        return null;
    }
}
