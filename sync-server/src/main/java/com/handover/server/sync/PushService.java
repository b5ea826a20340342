package com.handover.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.TextShapes;
import com.handover.model.json.OperationCodec;
import com.handover.model.json.OperationFormatException;
import com.handover.model.sync.Operation;
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
import java.util.List;
import java.util.Map;

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

    public PushResult push(Principal principal, List<JsonNode> batch) {
        return push(principal, batch, null);
    }

    /**
     * @param deviceTime the device's wall clock when it sent the batch (header {@code X-Device-Time}), or null;
     *                   its difference from this server's clock is the device's recorded drift
     */
    public PushResult push(Principal principal, List<JsonNode> batch, Long deviceTime) {
        List<PushParsed> parsed = batch.stream().map(this::parse).toList();
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

    private PushParsed parse(JsonNode node) {
        String idText = null;
        JsonNode id = node == null ? null : node.get("id");
        if (id != null && id.isTextual() && TextShapes.lowerCaseUuid(id.textValue())) {
            idText = id.textValue();
        }
        try {
            Operation op = codec.fromTree(node);
            return new PushParsed(op.id().toString(), op, codec.toJson(op), null, null);
        } catch (OperationFormatException e) {
            RejectCode code = e.code() == OperationFormatException.Code.UNKNOWN_TYPE
                    ? RejectCode.UNKNOWN_TYPE : RejectCode.INVALID;
            return new PushParsed(idText, null, null, code, e.getMessage());
        }
    }

    /** What one push transaction wrote: the answers, and the unit folds to keep once it has committed. */
    private record Stored(List<Item> results, StateMaterializer.Written folds) {
    }

    private Stored decideAndStore(Connection c, Principal principal, List<PushParsed> parsed, Long deviceTime)
            throws SQLException {
        long head = log.lockHead(c);
        PushLookups lookups = PushLookups.read(c, parsed, principal, log, entities, sites, scopes);
        PushBatch batch = new PushBatch(principal, lookups, head);
        parsed.forEach(batch::decide);
        long now = clock.millis();
        StateMaterializer.Written folds = new StateMaterializer.Written(Map.of());
        if (!batch.appends().isEmpty()) {
            entities.insert(c, batch.newEntities());
            log.append(c, batch.appends(), now);
            photos.addReferences(c, batch.photoRefs());
            log.setHead(c, batch.position());
            folds = materializer.foldAppended(c, batch.appends());
        }
        devices.recordRejections(c, principal.deviceId(), principal.username(), batch.rejections().stream()
                .map(r -> new DeviceStore.Rejection(r.id(), r.code() == null ? null : r.code().name(), r.message()))
                .toList(), now, MAX_STORED_MESSAGE);
        devices.recordSync(c, principal.deviceId(), now, ClockDrift.of(deviceTime, batch.maxWall(), now),
                batch.maxHlc());
        return new Stored(batch.results(), folds);
    }
}
