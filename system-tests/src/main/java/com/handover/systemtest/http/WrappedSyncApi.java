package com.handover.systemtest.http;

import com.handover.mobile.store.OutboxEntry;
import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.store.Snapshot;
import com.handover.mobile.sync.ApiException;
import com.handover.mobile.sync.BlobStatus;
import com.handover.mobile.sync.LoginResult;
import com.handover.mobile.sync.PullPage;
import com.handover.mobile.sync.PushResult;
import com.handover.mobile.sync.Server;
import com.handover.mobile.sync.SyncApi;
import com.handover.model.checklist.ChecklistTemplate;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The app's sync client with every call passed through {@link #around}, for harnesses that watch the calls
 * (announce them to a test, time them) without changing what they do.
 */
public abstract class WrappedSyncApi implements SyncApi {

    @FunctionalInterface
    protected interface Call<T> {
        T run() throws IOException, ApiException;
    }

    private final SyncApi delegate;

    protected WrappedSyncApi(SyncApi delegate) {
        this.delegate = delegate;
    }

    /**
     * Runs one call.
     *
     * @param kind   login, logout, reference, template, push, bootstrap, pull, blob-status, blob-put or blob-get
     * @param detail what the call is about (a count, a cursor, a hash), or ""
     */
    protected abstract <T> T around(String kind, String detail, Call<T> call) throws IOException, ApiException;

    @Override
    public LoginResult login(String baseUrl, String username, String password, String deviceId, String deviceName)
            throws IOException, ApiException {
        return around("login", "", () -> delegate.login(baseUrl, username, password, deviceId, deviceName));
    }

    @Override
    public void logout(Server server) throws IOException, ApiException {
        around("logout", "", () -> {
            delegate.logout(server);
            return null;
        });
    }

    @Override
    public ReferenceData reference(Server server) throws IOException, ApiException {
        return around("reference", "", () -> delegate.reference(server));
    }

    @Override
    public ChecklistTemplate template(Server server, String code, int version) throws IOException, ApiException {
        return around("template", code + " " + version, () -> delegate.template(server, code, version));
    }

    @Override
    public PushResult push(Server server, String deviceId, List<OutboxEntry> operations)
            throws IOException, ApiException {
        return around("push", Integer.toString(operations.size()), () -> delegate.push(server, deviceId, operations));
    }

    @Override
    public Optional<Snapshot> bootstrap(Server server) throws IOException, ApiException {
        return around("bootstrap", "", () -> delegate.bootstrap(server));
    }

    @Override
    public PullPage pull(Server server, String cursor, int limit) throws IOException, ApiException {
        return around("pull", cursor.isEmpty() ? "-" : cursor, () -> delegate.pull(server, cursor, limit));
    }

    @Override
    public BlobStatus blobStatus(Server server, String sha) throws IOException, ApiException {
        return around("blob-status", sha, () -> delegate.blobStatus(server, sha));
    }

    @Override
    public BlobStatus putBlob(Server server, String sha, long offset, long total, byte[] chunk)
            throws IOException, ApiException {
        return around("blob-put", sha + " " + offset, () -> delegate.putBlob(server, sha, offset, total, chunk));
    }

    @Override
    public byte[] downloadBlob(Server server, String sha) throws IOException, ApiException {
        return around("blob-get", sha, () -> delegate.downloadBlob(server, sha));
    }
}
