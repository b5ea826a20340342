package com.handover.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.Role;
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

/**
 * Takes in a batch of operations. Each is checked on its own (form, id reuse, device, role, record, scope) and
 * answered ACCEPTED, DUPLICATE or REJECTED; the accepted ones are appended to the log in a transaction that holds
 * the log head from start to commit. Pushes that arrive together share that transaction ({@link PushGroupCommit}).
 * The {@link StateFolder} folds the appended operations into the state tables after the push has answered.
 */
public final class PushService {

    /** Longest a maintenance worker's push waits for the state tables, where their scope is read. */
    static final long SCOPE_WAIT_MILLIS = 5_000;

    /** Longest rejection message stored for the office. */
    private static final int MAX_STORED_MESSAGE = 500;

    private final Database db;
    private final OperationLog log;
    private final EntityIndex entities;
    private final SiteStore sites;
    private final PhotoCatalog photos;
    private final DeviceStore devices;
    private final Scopes scopes;
    private final ServerClock serverClock;
    private final Clock clock;
    private final OperationCodec codec = new OperationCodec();
    private final PushGroupCommit groups;
    private final StateFolder folder;

    public PushService(Database db, OperationLog log, EntityIndex entities, SiteStore sites, PhotoCatalog photos,
                       DeviceStore devices, Scopes scopes, StateFolder folder, ServerClock serverClock,
                       Clock clock) {
        this.db = db;
        this.log = log;
        this.entities = entities;
        this.sites = sites;
        this.photos = photos;
        this.devices = devices;
        this.scopes = scopes;
        this.serverClock = serverClock;
        this.clock = clock;
        this.folder = folder;
        this.groups = new PushGroupCommit(db, folder, this::store);
    }

    public PushResult push(Principal principal, List<JsonNode> batch) {
        return push(principal, batch.stream().map(SentOperation::of).toList(), null);
    }

    /**
     * @param deviceTime the device's wall clock when it sent the batch (header {@code X-Device-Time}), or null;
     *                   its difference from this server's clock is the device's recorded drift
     */
    public PushResult push(Principal principal, List<SentOperation> batch, Long deviceTime) {
        if (principal.role() == Role.MAINTENANCE) {
            // A maintenance worker's scope is the work orders assigned to them, read from the state tables.
            folder.awaitCaughtUp(SCOPE_WAIT_MILLIS);
        }
        List<PushParsed> parsed = batch.stream().map(this::parse).toList();
        List<Item> results = groups.write(new PushRequest(principal, parsed, deviceTime));
        for (int i = 0; i < parsed.size(); i++) {
            Operation op = parsed.get(i).op();
            if (op != null && results.get(i).status() == PushResult.Status.ACCEPTED) {
                serverClock.receive(op.hlc());
            }
        }
        return new PushResult(results, serverClock.now().toString());
    }

    private PushParsed parse(SentOperation sent) {
        try {
            Operation op = sent.operation(codec);
            return new PushParsed(op.id().toString(), op, codec.toJson(op), null, null);
        } catch (OperationFormatException e) {
            RejectCode code = e.code() == OperationFormatException.Code.UNKNOWN_TYPE
                    ? RejectCode.UNKNOWN_TYPE : RejectCode.INVALID;
            return new PushParsed(sentId(sent.tree()), null, null, code, e.getMessage());
        }
    }

    /** The id a refused element was sent with, when it is one an operation could have. */
    private static String sentId(JsonNode element) {
        JsonNode id = element == null ? null : element.get("id");
        return id != null && id.isTextual() && TextShapes.lowerCaseUuid(id.textValue()) ? id.textValue() : null;
    }

    /** Writes one push inside its group's transaction; adds what it appended to the group's {@code appended}. */
    private List<Item> store(Connection c, PushRequest request, List<OperationLog.Append> appended)
            throws SQLException {
        Principal principal = request.principal();
        List<PushParsed> parsed = request.parsed();
        long head = log.lockHead(c);
        PushLookups lookups = PushLookups.read(c, parsed, principal, log, entities, sites, scopes);
        PushBatch batch = new PushBatch(principal, lookups, head);
        parsed.forEach(batch::decide);
        long now = clock.millis();
        if (!batch.appends().isEmpty()) {
            entities.insert(c, batch.newEntities());
            log.append(c, batch.appends(), now);
            photos.addReferences(c, batch.photoRefs());
            log.setHead(c, batch.position());
            appended.addAll(batch.appends());
        }
        devices.recordRejections(c, principal.deviceId(), principal.username(), batch.rejections().stream()
                .map(r -> new DeviceStore.Rejection(r.id(), r.code() == null ? null : r.code().name(), r.message()))
                .toList(), now, MAX_STORED_MESSAGE);
        devices.recordSync(c, principal.deviceId(), now, ClockDrift.of(request.deviceTime(), batch.maxWall(), now),
                batch.maxHlc());
        return batch.results();
    }
}
