package com.handover.systemtest.device;

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
import java.io.PrintStream;
import java.util.List;

/**
 * Wraps the app's HTTP client and prints a line as each call starts and ends, so that a test driving this device
 * as a process can kill it, or the server, in the middle of a push or a pull.
 */
final class AnnouncingSyncApi implements SyncApi {

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, ApiException;
    }

    private final SyncApi delegate;
    private final PrintStream out;

    AnnouncingSyncApi(SyncApi delegate, PrintStream out) {
        this.delegate = delegate;
        this.out = out;
    }

    private <T> T announce(String what, Call<T> call) throws IOException, ApiException {
        out.println("CALL " + what);
        try {
            T result = call.run();
            out.println("DONE " + what);
            return result;
        } catch (IOException | ApiException | RuntimeException e) {
            out.println("FAIL " + what + " " + e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
    }

    @Override
    public LoginResult login(String baseUrl, String username, String password, String deviceId, String deviceName)
            throws IOException, ApiException {
        return announce("login", () -> delegate.login(baseUrl, username, password, deviceId, deviceName));
    }

    @Override
    public void logout(Server server) throws IOException, ApiException {
        announce("logout", () -> {
            delegate.logout(server);
            return null;
        });
    }

    @Override
    public ReferenceData reference(Server server) throws IOException, ApiException {
        return announce("reference", () -> delegate.reference(server));
    }

    @Override
    public ChecklistTemplate template(Server server, String code, int version) throws IOException, ApiException {
        return announce("template " + code + " " + version, () -> delegate.template(server, code, version));
    }

    @Override
    public PushResult push(Server server, String deviceId, List<Operation> operations)
            throws IOException, ApiException {
        return announce("push " + operations.size(), () -> delegate.push(server, deviceId, operations));
    }

    @Override
    public PullPage pull(Server server, String cursor, int limit) throws IOException, ApiException {
        return announce("pull " + (cursor.isEmpty() ? "-" : cursor), () -> delegate.pull(server, cursor, limit));
    }

    @Override
    public BlobStatus blobStatus(Server server, String sha) throws IOException, ApiException {
        return announce("blob-status " + sha, () -> delegate.blobStatus(server, sha));
    }

    @Override
    public BlobStatus putBlob(Server server, String sha, long offset, long total, byte[] chunk)
            throws IOException, ApiException {
        return announce("blob-put " + sha + " " + offset, () -> delegate.putBlob(server, sha, offset, total, chunk));
    }

    @Override
    public byte[] downloadBlob(Server server, String sha) throws IOException, ApiException {
        return announce("blob-get " + sha, () -> delegate.downloadBlob(server, sha));
    }
}
