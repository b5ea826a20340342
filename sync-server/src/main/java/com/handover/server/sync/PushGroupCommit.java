package com.handover.server.sync;

import com.handover.server.store.Database;
import com.handover.server.store.OperationLog;
import com.handover.server.sync.PushResult.Item;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes pushes that arrive together in one transaction (group commit). Each push waits its turn to lead; the
 * leader takes every push waiting then, writes them one after another in one transaction, each deciding on what
 * the ones before it wrote, and commits once. A push answers only after the transaction holding it committed.
 * When that transaction fails, the pushes of the group are written again one by one, so one push that cannot be
 * stored does not fail the others. The committed operations go to the {@link StateFolder}, which folds them into
 * the state tables after the answers have gone.
 */
final class PushGroupCommit {

    /** Operations written in one transaction at most; a push that would go beyond waits for the next one. */
    static final int MAX_GROUP_OPERATIONS = 5_000;

    /**
     * Pushes written in one transaction at most. Every push of a group answers only when the whole group has
     * committed, so a larger group makes its first pushes wait longer.
     */
    static final int MAX_GROUP_PUSHES = 16;

    /** Writes one push inside the group's transaction; adds the operations it appended to {@code appended}. */
    @FunctionalInterface
    interface PushWriter {
        List<Item> write(Connection c, PushRequest request, List<OperationLog.Append> appended) throws SQLException;
    }

    /** A push waiting to be written, and then its answer or the reason it failed. */
    private static final class Waiting {
        final PushRequest request;
        List<Item> answer;
        Throwable failure;
        boolean done;

        Waiting(PushRequest request) {
            this.request = request;
        }
    }

    private final Database db;
    private final StateFolder folder;
    private final PushWriter writer;
    private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock leader = new ReentrantLock(true);

    PushGroupCommit(Database db, StateFolder folder, PushWriter writer) {
        this.db = db;
        this.folder = folder;
        this.writer = writer;
    }

    /** Writes the push with whatever else is waiting; returns its answers once their transaction committed. */
    List<Item> write(PushRequest request) {
        Waiting mine = new Waiting(request);
        waiting.add(mine);
        leader.lock();
        try {
            // A group is full before it reaches this push when many wait: this push then leads a later one.
            while (!mine.done) {
                writeGroup(takeGroup());
            }
        } finally {
            leader.unlock();
        }
        if (mine.failure instanceof RuntimeException e) {
            throw e;
        } else if (mine.failure instanceof Error e) {
            throw e;
        }
        return mine.answer;
    }

    /** Pushes waiting for a transaction, not yet taken into one. */
    int waitingPushes() {
        return waiting.size();
    }

    /** The pushes waiting now, oldest first, up to the group's limits (always at least one). */
    private List<Waiting> takeGroup() {
        List<Waiting> group = new ArrayList<>();
        int operations = 0;
        for (Waiting next = waiting.peek(); next != null; next = waiting.peek()) {
            int size = next.request.parsed().size();
            if (!group.isEmpty() && (operations + size > MAX_GROUP_OPERATIONS || group.size() == MAX_GROUP_PUSHES)) {
                break;
            }
            group.add(waiting.poll());
            operations += size;
        }
        return group;
    }

    private void writeGroup(List<Waiting> group) {
        try {
            commit(group);
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                fail(group.get(0), e);
            } else {
                group.forEach(this::writeAlone);
            }
        } catch (Error e) {
            group.stream().filter(w -> !w.done).forEach(w -> fail(w, e));
            throw e;
        }
    }

    private void writeAlone(Waiting one) {
        try {
            commit(List.of(one));
        } catch (RuntimeException | Error e) {
            fail(one, e);
        }
    }

    private void commit(List<Waiting> group) {
        List<OperationLog.Append> appended = new ArrayList<>();
        // Handed to the folder before the next writer begins: the folder, a writer too, then finds in memory every
        // operation the log's head covers instead of decoding them again from the log.
        List<List<Item>> answers = db.write(c -> {
            appended.clear();
            List<List<Item>> out = new ArrayList<>(group.size());
            for (Waiting w : group) {
                out.add(writer.write(c, w.request, appended));
            }
            return out;
        }, () -> folder.committed(appended));
        for (int i = 0; i < group.size(); i++) {
            group.get(i).answer = answers.get(i);
            group.get(i).done = true;
        }
    }

    private static void fail(Waiting w, Throwable failure) {
        w.failure = failure;
        w.done = true;
    }
}
