package com.handover.server.sync;

import com.handover.server.auth.Principal;
import com.handover.server.auth.Scopes;
import com.handover.server.store.Database;
import com.handover.server.store.OperationLog;
import com.handover.server.web.errors.ApiException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages through the log after a cursor, showing only operations in the user's scope. The page is bounded by
 * the head committed before it is read; as positions commit in order, every position up to that head is
 * already visible, so a cursor never passes an operation that is still to appear. A cursor given out under a
 * narrower scope starts again from the beginning (see {@link PullCursor}). Operations go out as the canonical
 * JSON stored at push, byte for byte, never parsed and written again; a pull writes nothing to the database
 * (see {@link DeviceSightings}).
 */
public final class PullService {

    /** Operations read from the database at a time while a snapshot is written. */
    static final int SNAPSHOT_PAGE = 5000;

    private final Database db;
    private final OperationLog log;
    private final DeviceSightings sightings;
    private final Scopes scopes;
    private final ServerClock serverClock;
    private final Clock clock;

    public PullService(Database db, OperationLog log, DeviceSightings sightings, Scopes scopes, ServerClock serverClock,
                       Clock clock) {
        this.db = db;
        this.log = log;
        this.sightings = sightings;
        this.scopes = scopes;
        this.serverClock = serverClock;
        this.clock = clock;
    }

    /** @param deviceTime the device's wall clock when it asked (header {@code X-Device-Time}), or null */
    public PullResult pull(Principal principal, PullCursor cursor, int limit, Long deviceTime) {
        var filter = scopes.filterFor(principal);
        // Read the head first, in its own statement: everything at or below it has committed.
        long head = db.read(log::committedHead);
        String scope = db.read(c -> scopes.fingerprint(c, principal));
        long after = cursor.resumeAfter(scope);
        if (after > head) {
            throw ApiException.validation("after", "the cursor is ahead of this server's log");
        }
        List<OperationLog.StoredOperation> page = db.read(c -> log.page(c, after, head, limit, filter));
        List<PullResult.Entry> entries = new ArrayList<>(page.size());
        for (OperationLog.StoredOperation op : page) {
            entries.add(new PullResult.Entry(op.position(), op.json()));
        }
        boolean full = page.size() == limit;
        long next = full ? page.get(page.size() - 1).position() : head;
        boolean hasMore = full && next < head;
        long now = clock.millis();
        sightings.saw(principal.deviceId(), now, ClockDrift.of(deviceTime, null, now));
        return new PullResult(entries, new PullCursor(next, scope).toString(), hasMore, serverClock.now().toString());
    }

    /**
     * Writes the snapshot of everything in the user's scope up to the committed head (see {@link SnapshotWriter}),
     * read in pages of {@value #SNAPSHOT_PAGE} so the server never holds the whole scope; its closing cursor is
     * the one a pull up to that head would give, so the device pulls only what follows.
     */
    public void bootstrap(Principal principal, Long deviceTime, OutputStream out) throws IOException {
        var filter = scopes.filterFor(principal);
        long head = db.read(log::committedHead);
        String scope = db.read(c -> scopes.fingerprint(c, principal));
        long now = clock.millis();
        sightings.saw(principal.deviceId(), now, ClockDrift.of(deviceTime, null, now));
        SnapshotWriter writer = new SnapshotWriter(out);
        long after = 0;
        while (after < head) {
            long from = after;
            List<OperationLog.StoredOperation> page = db.read(c -> log.page(c, from, head, SNAPSHOT_PAGE, filter));
            for (OperationLog.StoredOperation op : page) {
                writer.entry(op.position(), op.json());
            }
            after = page.size() < SNAPSHOT_PAGE ? head : page.get(page.size() - 1).position();
        }
        writer.end(new PullCursor(head, scope).toString(), serverClock.now().toString());
    }

    /** Writes the last pulls noted in memory and stops the background writer (the server is stopping). */
    public void close() {
        sightings.close();
    }
}
