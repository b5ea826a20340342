package com.handover.mobile.session;

import com.handover.mobile.store.OperationLog;
import com.handover.mobile.store.OutboxEntry;
import com.handover.mobile.store.SessionStore;
import com.handover.mobile.store.StoredSession;
import com.handover.mobile.sync.ApiException;
import com.handover.mobile.sync.LoginResult;
import com.handover.mobile.sync.Server;
import com.handover.mobile.sync.SignInRequiredException;
import com.handover.mobile.sync.SyncApi;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Signs the user in and keeps the session. The password is never stored: when the server refuses the token the
 * session keeps only the user name and server, and the user is asked to sign in again. Nothing recorded on the
 * device is lost meanwhile; it waits in the operation log until the next signed-in sync.
 */
public final class SessionManager {

    private final SyncApi api;
    private final SessionStore store;
    private final OperationLog log;
    private final String deviceName;
    private final Consumer<Hlc> serverClock;

    public SessionManager(SyncApi api, SessionStore store, OperationLog log, String deviceName,
                          Consumer<Hlc> serverClock) {
        this.api = api;
        this.store = store;
        this.log = log;
        this.deviceName = deviceName;
        this.serverClock = serverClock;
    }

    public String deviceId() {
        return store.deviceId();
    }

    public Optional<StoredSession> current() {
        return store.load();
    }

    /** Signed in on this device: a token is held (the app then works offline until the server says otherwise). */
    public boolean signedIn() {
        return current().map(s -> s.token() != null).orElse(false);
    }

    public StoredSession signIn(String serverUrl, String username, String password)
            throws IOException, ApiException {
        String url = serverUrl.strip();
        String who = username.strip().toLowerCase(Locale.ROOT);
        Optional<Operation> waiting = log.outbox(1).stream().map(OutboxEntry::operation).findFirst();
        if (waiting.isPresent() && !waiting.get().actor().equals(who)) {
            throw new UnsentWorkOfAnotherUser(waiting.get().actor(), log.pendingCount());
        }
        LoginResult result = api.login(url, username.strip(), password, deviceId(), deviceName);
        if (result.serverHlc() != null) {
            serverClock.accept(result.serverHlc());
        }
        StoredSession session = new StoredSession(url, result.username(), result.displayName(), result.role(),
                result.token(), result.expiresAt());
        store.save(session);
        return session;
    }

    /** The server and token to call with. */
    public Server server() throws SignInRequiredException {
        StoredSession s = current().orElseThrow(() -> new SignInRequiredException("nobody is signed in"));
        if (s.token() == null) {
            throw new SignInRequiredException("the session ended");
        }
        return new Server(s.serverUrl(), s.token());
    }

    /**
     * The server refused the token (expired or unknown): drops it so the user is asked to sign in, and says so.
     */
    public SignInRequiredException tokenRefused(String why) {
        current().ifPresent(s -> store.save(s.withoutToken()));
        return new SignInRequiredException(why);
    }

    /** Ends the session here (and on the server when it can be reached); the device's data stays. */
    public void signOut() {
        Optional<StoredSession> s = current();
        if (s.isEmpty()) {
            return;
        }
        if (s.get().token() != null) {
            try {
                api.logout(new Server(s.get().serverUrl(), s.get().token()));
            } catch (IOException | ApiException e) {
                // Offline or already invalid: the token is dropped here either way.
            }
        }
        store.save(s.get().withoutToken());
    }
}
