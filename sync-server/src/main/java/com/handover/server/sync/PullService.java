package com.handover.server.sync;

import com.handover.server.auth.Principal;
import com.handover.server.auth.Scopes;
import com.handover.server.store.Database;
import com.handover.server.store.OperationLog;
import com.handover.server.store.ScopeFilter;
import com.handover.server.web.errors.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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
    private final SnapshotSegments segments = new SnapshotSegments(SnapshotSegments.MAX_HELD_BYTES);
    private SnapshotPreparer preparer;

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
        PageRead read = db.read(c -> {
            Position at = position(c, principal);
            long after = cursor.resumeAfter(at.scope());
            if (after > at.head()) {
                throw ApiException.validation("after", "the cursor is ahead of this server's log");
            }
            return new PageRead(at, log.page(c, after, at.head(), limit, filter));
        });
        long head = read.at().head();
        String scope = read.at().scope();
        List<OperationLog.PagedOperation> page = read.page();
        List<PullResult.Entry> entries = new ArrayList<>(page.size());
        for (OperationLog.PagedOperation op : page) {
            entries.add(new PullResult.Entry(op.position(), op.json()));
        }
        boolean full = page.size() == limit;
        long next = full ? page.get(page.size() - 1).position() : head;
        boolean hasMore = full && next < head;
        long now = clock.millis();
        sightings.saw(principal.deviceId(), now, ClockDrift.of(deviceTime, null, now));
        return new PullResult(entries, new PullCursor(next, scope).toString(), hasMore, serverClock.now().toString());
    }

    /** The committed head and the fingerprint of the user's scope, read in one transaction. */
    private record Position(long head, String scope) {
    }

    private Position position(Connection c, Principal principal) throws SQLException {
        // The head first, in its own statement: everything at or below it has committed.
        return new Position(log.committedHead(c), scopes.fingerprint(c, principal));
    }

    /** What one pull reads, in the same transaction as its position. */
    private record PageRead(Position at, List<OperationLog.PagedOperation> page) {
    }

    /**
     * Writes the snapshot of everything in the user's scope up to the committed head (see {@link SnapshotWriter});
     * its closing cursor is the one a pull up to that head would give, so the device pulls only what follows.
     * Compressed, it is made of the scope's sealed segments, each compressed once and kept
     * ({@link SnapshotSegments}), and a tail of at most {@value SnapshotSegments#SPAN} positions compressed now.
     * Plain, it is read in pages of {@value #SNAPSHOT_PAGE}. Either way the server never holds the whole scope.
     */
    public void bootstrap(Principal principal, Long deviceTime, boolean gzipAccepted, SnapshotSink sink)
            throws IOException {
        var filter = scopes.filterFor(principal);
        Position at = db.read(c -> position(c, principal));
        long head = at.head();
        String scope = at.scope();
        long now = clock.millis();
        sightings.saw(principal.deviceId(), now, ClockDrift.of(deviceTime, null, now));
        String nextCursor = new PullCursor(head, scope).toString();
        if (!gzipAccepted) {
            writePlain(filter, head, nextCursor, sink.open(false));
            return;
        }
        String keptAs = keptScope(filter, scope);
        CompressedSnapshot answer = new CompressedSnapshot(sink);
        long sealed = head / SnapshotSegments.SPAN;
        for (long index = 0; index < sealed; index++) {
            answer.add(segment(principal, filter, scope, keptAs, index));
        }
        long tailAfter = sealed * SnapshotSegments.SPAN;
        List<OperationLog.PagedOperation> tailRows =
                db.read(c -> log.page(c, tailAfter, head, SnapshotSegments.SPAN, filter));
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        for (OperationLog.PagedOperation op : tailRows) {
            SnapshotWriter.writeEntry(tail, op.position(), op.json());
        }
        tail.write(SnapshotWriter.endLine(answer.operations() + tailRows.size(), nextCursor,
                serverClock.now().toString()));
        answer.finish(tail.toByteArray());
    }

    private void writePlain(ScopeFilter filter, long head, String nextCursor, OutputStream out) throws IOException {
        SnapshotWriter writer = new SnapshotWriter(out);
        long after = 0;
        while (after < head) {
            long from = after;
            List<OperationLog.PagedOperation> page = db.read(c -> log.page(c, from, head, SNAPSHOT_PAGE, filter));
            for (OperationLog.PagedOperation op : page) {
                writer.entry(op.position(), op.json());
            }
            after = page.size() < SNAPSHOT_PAGE ? head : page.get(page.size() - 1).position();
        }
        writer.end(nextCursor, serverClock.now().toString());
    }

    /** A sealed segment of the user's scope: the one kept, or read and compressed now (and kept when it may be). */
    private SnapshotSegment segment(Principal principal, ScopeFilter filter, String scope, String keptAs, long index) {
        long after = index * SnapshotSegments.SPAN;
        long upTo = after + SnapshotSegments.SPAN;
        Supplier<SnapshotSegments.Built> build = () -> {
            // The scope read again after the rows: a segment read while the user's assignments changed is not kept.
            ScopedRows read = db.read(c -> new ScopedRows(log.page(c, after, upTo, SnapshotSegments.SPAN, filter),
                    scopes.fingerprint(c, principal)));
            return new SnapshotSegments.Built(SnapshotSegment.of(read.rows()), read.fingerprint().equals(scope));
        };
        return keptAs == null ? build.get().segment() : segments.get(keptAs, index, build);
    }

    private record ScopedRows(List<OperationLog.PagedOperation> rows, String fingerprint) {
    }

    /**
     * The name under which a scope's segments are kept, or null when they are not: everything, or a set of
     * projects and buildings (by its fingerprint). A maintenance worker's scope follows the work orders as they
     * are folded; it is small, so it is compressed each time.
     */
    private static String keptScope(ScopeFilter filter, String fingerprint) {
        if (filter instanceof ScopeFilter.Everything) {
            return "everything";
        }
        if (filter instanceof ScopeFilter.AssignedProjects) {
            return "projects:" + fingerprint;
        }
        return null;
    }

    /**
     * From now on, compresses the segments the log seals, in its pauses, for the scopes of
     * {@code assignedAccounts} (see {@link SnapshotPreparer}); {@link #foldedThrough} tells it how far the log is
     * sealed.
     */
    public synchronized void prepareSegmentsAsSealed(Supplier<List<Principal>> assignedAccounts, long headNow) {
        if (preparer == null) {
            preparer = SnapshotPreparer.start(assignedAccounts, this::prepareSegments, headNow / SnapshotSegments.SPAN);
        }
    }

    /** The state folder has taken in the log through {@code position}. */
    public void foldedThrough(long position) {
        SnapshotPreparer p;
        synchronized (this) {
            p = preparer;
        }
        if (p != null) {
            p.foldedThrough(position);
        }
    }

    /**
     * Builds and keeps the account's sealed segments {@code from} to {@code to - 1}, as its devices would; stops at
     * the next segment when the server stops (the preparer's thread interrupted).
     */
    private void prepareSegments(Principal account, long from, long to) {
        var filter = scopes.filterFor(account);
        String scope = db.read(c -> scopes.fingerprint(c, account));
        String keptAs = keptScope(filter, scope);
        if (keptAs == null) {
            return;
        }
        for (long index = from; index < to && !Thread.currentThread().isInterrupted(); index++) {
            segment(account, filter, scope, keptAs, index);
        }
    }

    /** Sealed snapshot segments waiting for a pause in the pushes to be compressed (see {@link SnapshotPreparer}). */
    public long snapshotSegmentsWaiting() {
        SnapshotPreparer p;
        synchronized (this) {
            p = preparer;
        }
        return p == null ? 0 : p.waiting();
    }

    /** Compressed snapshot bytes kept for the next devices. */
    public long snapshotBytesKept() {
        return segments.heldBytes();
    }

    /** Writes the last pulls noted in memory and stops the background writer (the server is stopping). */
    public void close() {
        SnapshotPreparer p;
        synchronized (this) {
            p = preparer;
            preparer = null;
        }
        if (p != null) {
            p.close();
        }
        sightings.close();
    }
}
