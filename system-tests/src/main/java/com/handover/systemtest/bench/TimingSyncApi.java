package com.handover.systemtest.bench;

import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.sync.ApiException;
import com.handover.mobile.sync.BlobStatus;
import com.handover.mobile.sync.LoginResult;
import com.handover.mobile.sync.PullPage;
import com.handover.mobile.sync.PushResult;
import com.handover.mobile.sync.Server;
import com.handover.mobile.sync.SyncApi;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.sync.Operation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Wraps the app's HTTP client and adds up the time spent in each kind of call, and the operations moved. */
final class TimingSyncApi implements SyncApi {

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, ApiException;
    }

    private final SyncApi delegate;
    final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    final LongAdder pushed = new LongAdder();
    final LongAdder pulled = new LongAdder();

    TimingSyncApi(SyncApi delegate) {
        this.delegate = delegate;
    }

    private <T> T time(String kind, Call<T> call) throws IOException, ApiException {
        long start = System.nanoTime();
        try {
            return call.run();
        } finally {
            nanos.computeIfAbsent(kind, k -> new LongAdder()).add(System.nanoTime() - start);
        }
    }

    long millis(String kind) {
        LongAdder a = nanos.get(kind);
        return a == null ? 0 : a.sum() / 1_000_000;
    }

    @Override
    public LoginResult login(String baseUrl, String username, String password, String deviceId, String deviceName)
            throws IOException, ApiException {
        return time("login", () -> delegate.login(baseUrl, username, password, deviceId, deviceName));
    }

    @Override
    public void logout(Server server) throws IOException, ApiException {
        time("logout", () -> {
            delegate.logout(server);
            return null;
        });
    }

    @Override
    public ReferenceData reference(Server server) throws IOException, ApiException {
        return time("reference", () -> delegate.reference(server));
    }

    @Override
    public ChecklistTemplate template(Server server, String code, int version) throws IOException, ApiException {
        return time("template", () -> delegate.template(server, code, version));
    }

    @Override
    public PushResult push(Server server, String deviceId, List<Operation> operations) throws IOException, ApiException {
        PushResult r = time("push", () -> delegate.push(server, deviceId, operations));
        pushed.add(operations.size());
        return r;
    }

    @Override
    public PullPage pull(Server server, String cursor, int limit) throws IOException, ApiException {
        PullPage p = time("pull", () -> delegate.pull(server, cursor, limit));
        pulled.add(p.operations().size());
        return p;
    }

    @Override
    public BlobStatus blobStatus(Server server, String sha) throws IOException, ApiException {
        return time("blob", () -> delegate.blobStatus(server, sha));
    }

    @Override
    public BlobStatus putBlob(Server server, String sha, long offset, long total, byte[] chunk)
            throws IOException, ApiException {
        return time("blob", () -> delegate.putBlob(server, sha, offset, total, chunk));
    }

    @Override
    public byte[] downloadBlob(Server server, String sha) throws IOException, ApiException {
        return time("blob-get", () -> delegate.downloadBlob(server, sha));
    }
}
