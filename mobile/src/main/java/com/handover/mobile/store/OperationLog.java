package com.handover.mobile.store;

import com.handover.model.sync.Hlc;
import java.io.IOException;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The device's operation log and outbox. Every method that writes does so in one transaction. */
public interface OperationLog {

    /**
     * Stores an own operation, its outbox row, the clock's new value and the photos it names as to be uploaded,
     * all in one transaction. When this returns the action is saved.
     */
    default void appendLocal(Operation op) {
        appendLocal(List.of(op));
    }

    /** Stores own operations that belong together, as {@link #appendLocal(Operation)} does, all in one transaction. */
    void appendLocal(List<Operation> ops);

    /**
     * Stores a page of pulled operations and the cursor after it, in one transaction. Operations already held are
     * not stored twice; an own operation coming back from the server counts as synced.
     *
     * @return the operations that were new to this device, in page order
     */
    default List<Operation> appendPulled(List<PulledOperation> page, String nextCursor) {
        return appendPulled(page, nextCursor, null);
    }

    /**
     * As {@link #appendPulled(List, String)}, and raises the stored clock to the server's {@code serverClock}
     * (when given) in the same transaction: one durable write per page.
     */
    List<Operation> appendPulled(List<PulledOperation> page, String nextCursor, Hlc serverClock);

    /**
     * Installs a bootstrap snapshot in one transaction: its operations, its cursor and the server's clock are all
     * stored, or (the snapshot cut short, unreadable, or the app stopped) none of them. Operations already held
     * are not stored twice, as with a pulled page.
     *
     * @return the operations that were new to this device, in snapshot order
     * @throws IOException when the snapshot is not whole; nothing was stored
     */
    Installed install(Snapshot snapshot) throws IOException;

    /** What an installed snapshot brought: the operations new to this device and the snapshot's closing line. */
    record Installed(List<Operation> fresh, Snapshot.End end) {
    }

    /** Every operation that counts towards state (all but the ones the server rejected), in the order stored. */
    default List<Operation> effectiveOperations() {
        return effectiveOperationsAfter(0).operations();
    }

    /** The operations that count towards state stored after log position {@code position}, in the order stored. */
    Tail effectiveOperationsAfter(long position);

    /** Operations read from the log, and the log's last position when they were read. */
    record Tail(List<Operation> operations, long lastPosition) {
    }

    /** The log's last position: every operation stored so far is at or before it. */
    long lastPosition();

    /** The operations that count towards state up to log position {@code position}, read when asked for. */
    OperationSource through(long position);

    /** The oldest own operations not yet confirmed by the server, each with the text it was stored in. */
    List<OutboxEntry> outbox(int limit);

    /**
     * The server stored these (ACCEPTED or DUPLICATE); the value is its position where it gave one. The server's
     * clock it answered with, when later than the one stored, is saved in the same transaction.
     *
     * @param serverClock the push answer's clock, or null
     */
    void markConfirmed(Map<UUID, Long> positions, Hlc serverClock);

    /** The server refused this own operation; it leaves the outbox and stays in the log as rejected. */
    void markRejected(UUID id, String code, String message);

    int pendingCount();

    List<RejectedOperation> rejected();

    Optional<String> cursor();
}
