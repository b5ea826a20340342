package com.handover.server.sync;

import com.handover.model.Role;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.TimeOrderedIds;
import com.handover.model.sync.ops.Payload;
import com.handover.server.auth.Principal;
import com.handover.server.auth.User;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes operations the server records itself (an escalation by the clock job, an intake taken by an office
 * user in the browser) through the same push path devices use, so they are ordered, materialised and pulled
 * like any other. Their clock is this server node's, so the node name is their device.
 */
public final class ServerOperations {

    /** The account the clock job acts as. */
    public static final User SYSTEM = new User("system", "系统 / System", Role.ADMIN);

    /** How long an office action waits for its operations to reach the state tables it reads next. */
    static final long FOLD_WAIT_MILLIS = 10_000;

    private final PushService push;
    private final StateFolder folder;
    private final ServerClock clock;
    private final String nodeId;
    private final OperationCodec codec = new OperationCodec();

    public ServerOperations(PushService push, StateFolder folder, ServerClock clock, String nodeId) {
        this.push = Objects.requireNonNull(push);
        this.folder = Objects.requireNonNull(folder);
        this.clock = Objects.requireNonNull(clock);
        this.nodeId = Objects.requireNonNull(nodeId);
    }

    public String nodeId() {
        return nodeId;
    }

    /**
     * An operation to write: its id (time-ordered as the app's are, or derived from a name so that two nodes write it
     * once), type, record, payload, and prev.
     */
    public record Draft(UUID id, OperationType type, UUID entity, UUID prev, Payload payload) {
        public static Draft of(OperationType type, UUID entity, Payload payload) {
            return new Draft(TimeOrderedIds.next(System.currentTimeMillis()), type, entity, null, payload);
        }

        public static Draft of(OperationType type, UUID entity, UUID prev, Payload payload) {
            return new Draft(TimeOrderedIds.next(System.currentTimeMillis()), type, entity, prev, payload);
        }

        /** An id that every server node derives alike for the same decision (e.g. escalating one order). */
        public static UUID nameId(String name) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Waits (up to {@value #FOLD_WAIT_MILLIS} ms) until the state tables hold everything the log holds now; false
     * when they did not catch up in that time.
     */
    public boolean awaitStateCaughtUp() {
        return folder.awaitCaughtUp(FOLD_WAIT_MILLIS);
    }

    /** Thrown when the push path refuses an operation the server built. */
    public static final class RefusedException extends RuntimeException {
        private final PushResult.Item result;

        RefusedException(PushResult.Item result) {
            super("the server's own operation was refused: " + result.code() + " " + result.message());
            this.result = result;
        }

        public PushResult.Item result() {
            return result;
        }
    }

    /**
     * Writes the drafts in one batch (one transaction) in the given order, on behalf of {@code actor}, and waits
     * (up to {@value #FOLD_WAIT_MILLIS} ms) until the state tables have folded them, so that what the caller reads
     * next shows them.
     *
     * @throws RefusedException when one is refused. The push path still keeps the accepted ones of the batch
     *                          (as for any device); the server builds only valid operations, so a refusal means
     *                          a lost race (e.g. another node wrote the same decision first) or a bug
     */
    public List<PushResult.Item> write(User actor, List<Draft> drafts) {
        Principal principal = new Principal(actor, nodeId, "server:" + nodeId);
        List<SentOperation> batch = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Operation op = new Operation(d.id(), d.type(), d.entity(), clock.now(), actor.username(), nodeId, d.prev(),
                    d.payload());
            batch.add(SentOperation.of(codec.toJson(op)));
        }
        PushResult result = push.push(principal, batch, null);
        long last = 0;
        for (PushResult.Item item : result.results()) {
            if (item.position() != null) {
                last = Math.max(last, item.position());
            }
        }
        folder.awaitFolded(last, FOLD_WAIT_MILLIS);
        for (PushResult.Item item : result.results()) {
            if (item.status() == PushResult.Status.REJECTED) {
                throw new RefusedException(item);
            }
        }
        return result.results();
    }
}
