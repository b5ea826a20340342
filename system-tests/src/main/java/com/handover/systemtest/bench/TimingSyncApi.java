package com.handover.systemtest.bench;

import com.handover.mobile.store.OutboxEntry;
import com.handover.mobile.sync.ApiException;
import com.handover.mobile.sync.PullPage;
import com.handover.mobile.sync.PushResult;
import com.handover.mobile.sync.Server;
import com.handover.mobile.sync.SyncApi;
import com.handover.systemtest.http.WrappedSyncApi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wraps the app's HTTP client and adds up the time spent in each kind of call (photo status and upload count
 * together as "blob"), and the operations moved.
 */
final class TimingSyncApi extends WrappedSyncApi {

    final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    final LongAdder pushed = new LongAdder();
    final LongAdder pulled = new LongAdder();

    TimingSyncApi(SyncApi delegate) {
        super(delegate);
    }

    @Override
    protected <T> T around(String kind, String detail, Call<T> call) throws IOException, ApiException {
        String key = kind.equals("blob-status") || kind.equals("blob-put") ? "blob" : kind;
        long start = System.nanoTime();
        try {
            return call.run();
        } finally {
            nanos.computeIfAbsent(key, k -> new LongAdder()).add(System.nanoTime() - start);
        }
    }

    long millis(String kind) {
        LongAdder a = nanos.get(kind);
        return a == null ? 0 : a.sum() / 1_000_000;
    }

    @Override
    public PushResult push(Server server, String deviceId, List<OutboxEntry> operations)
            throws IOException, ApiException {
        PushResult r = super.push(server, deviceId, operations);
        pushed.add(operations.size());
        return r;
    }

    @Override
    public PullPage pull(Server server, String cursor, int limit) throws IOException, ApiException {
        PullPage p = super.pull(server, cursor, limit);
        pulled.add(p.operations().size());
        return p;
    }
}
