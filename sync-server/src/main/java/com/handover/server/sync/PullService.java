package com.handover.server.sync;

import com.handover.server.auth.Principal;
import com.handover.server.auth.Scopes;
import com.handover.server.store.Database;
import com.handover.server.store.OperationLog;
import com.handover.server.web.errors.ApiException;
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

    /** Writes the last pulls noted in memory and stops the background writer (the server is stopping). */
    public void close() {
        sightings.close();
    }
}
