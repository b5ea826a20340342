package com.handover.mobile.testing;

import com.handover.mobile.store.OutboxEntry;
import com.handover.mobile.store.PulledOperation;
import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.store.Snapshot;
import com.handover.mobile.sync.ApiException;
import com.handover.mobile.sync.BlobStatus;
import com.handover.mobile.sync.LoginResult;
import com.handover.mobile.sync.PullPage;
import com.handover.mobile.sync.PushResult;
import com.handover.mobile.sync.Server;
import com.handover.mobile.sync.SyncApi;
import com.handover.mobile.sync.http.HttpClients;
import com.handover.mobile.sync.http.OkHttpSyncApi;
import com.handover.model.checklist.ChecklistTemplate;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The real HTTP API, counting bootstraps and pulls; it can act as an older server's API without the bootstrap,
 * and cut the next snapshots short after their first page, as a connection lost mid-download does.
 */
public final class CountingSyncApi implements SyncApi {

    private final OkHttpSyncApi real = new OkHttpSyncApi(HttpClients.create());
    private final boolean offersBootstrap;
    public final AtomicInteger bootstraps = new AtomicInteger();
    public final AtomicInteger pulls = new AtomicInteger();
    /** Snapshots still to cut short, one each call. */
    public final AtomicInteger snapshotsToCut = new AtomicInteger();

    public CountingSyncApi(boolean offersBootstrap) {
        this.offersBootstrap = offersBootstrap;
    }

    @Override
    public Optional<Snapshot> bootstrap(Server server) throws IOException, ApiException {
        if (!offersBootstrap) {
            return Optional.empty();
        }
        bootstraps.incrementAndGet();
        Optional<Snapshot> snapshot = real.bootstrap(server);
        if (snapshot.isEmpty() || snapshotsToCut.getAndUpdate(n -> Math.max(0, n - 1)) == 0) {
            return snapshot;
        }
        return Optional.of(new CutShort(snapshot.get()));
    }

    /** Hands over the first page, then fails as a dropped download does. */
    private record CutShort(Snapshot whole) implements Snapshot {
        @Override
        public End read(Consumer<List<PulledOperation>> pages) throws IOException {
            boolean[] first = {true};
            try {
                whole.read(page -> {
                    if (!first[0]) {
                        throw new CutException();
                    }
                    first[0] = false;
                    pages.accept(page);
                });
            } catch (CutException e) {
                throw new IOException(e.getMessage(), e);
            }
            throw new IllegalStateException("the snapshot has one page only; there is nothing to cut");
        }

        @Override
        public void close() {
            whole.close();
        }
    }

    /** Ends the read after the first page; it reaches the store as the IOException of a lost connection. */
    private static final class CutException extends RuntimeException {
        CutException() {
            super("the connection was lost in the middle of the snapshot");
        }
    }

    @Override
    public PullPage pull(Server server, String cursor, int limit) throws IOException, ApiException {
        pulls.incrementAndGet();
        return real.pull(server, cursor, limit);
    }

    @Override
    public LoginResult login(String baseUrl, String username, String password, String deviceId, String deviceName)
            throws IOException, ApiException {
        return real.login(baseUrl, username, password, deviceId, deviceName);
    }

    @Override
    public void logout(Server server) throws IOException, ApiException {
        real.logout(server);
    }

    @Override
    public ReferenceData reference(Server server) throws IOException, ApiException {
        return real.reference(server);
    }

    @Override
    public ChecklistTemplate template(Server server, String code, int version) throws IOException, ApiException {
        return real.template(server, code, version);
    }

    @Override
    public PushResult push(Server server, String deviceId, List<OutboxEntry> operations)
            throws IOException, ApiException {
        return real.push(server, deviceId, operations);
    }

    @Override
    public BlobStatus blobStatus(Server server, String sha) throws IOException, ApiException {
        return real.blobStatus(server, sha);
    }

    @Override
    public BlobStatus putBlob(Server server, String sha, long offset, long total, byte[] chunk)
            throws IOException, ApiException {
        return real.putBlob(server, sha, offset, total, chunk);
    }

    @Override
    public byte[] downloadBlob(Server server, String sha) throws IOException, ApiException {
        return real.downloadBlob(server, sha);
    }
}
