package com.handover.mobile.session;

import com.handover.mobile.store.SessionStore;
import com.handover.mobile.store.StoredSession;
import com.handover.mobile.sync.ApiException;
import com.handover.mobile.sync.LoginResult;
import com.handover.mobile.sync.Server;
import com.handover.mobile.sync.SignInRequiredException;
import com.handover.mobile.sync.SyncApi;
import com.handover.model.sync.Hlc;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Signs the user in and keeps the session. The password is kept only when the user chose "remember"; with it an
 * expired token is renewed silently, without it the user is asked to sign in again.
 */
public final class SessionManager {

    private final SyncApi api;
    private final SessionStore store;
    private final String deviceName;
    private final Consumer<Hlc> serverClock;

    public SessionManager(SyncApi api, SessionStore store, String deviceName, Consumer<Hlc> serverClock) {
        this.api = api;
        this.store = store;
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

    public StoredSession signIn(String serverUrl, String username, String password, boolean remember)
            throws IOException, ApiException {
        String url = serverUrl.strip();
        LoginResult result = api.login(url, username.strip(), password, deviceId(), deviceName);
        if (result.serverHlc() != null) {
            serverClock.accept(result.serverHlc());
        }
        StoredSession session = new StoredSession(url, result.username(), result.displayName(), result.role(),
                result.token(), result.expiresAt(), remember ? password : null);
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
     * The server refused the token as expired: signs in again with the remembered password, or ends the session
     * and asks the user to sign in.
     */
    public Server renew() throws SignInRequiredException, IOException, ApiException {
        StoredSession s = current().orElseThrow(() -> new SignInRequiredException("nobody is signed in"));
        if (s.rememberedPassword() == null) {
            store.save(s.withoutToken());
            throw new SignInRequiredException("the token expired and no password is remembered");
        }
        try {
            LoginResult result = api.login(s.serverUrl(), s.username(), s.rememberedPassword(), deviceId(), deviceName);
            if (result.serverHlc() != null) {
                serverClock.accept(result.serverHlc());
            }
            StoredSession renewed = s.withToken(result.token(), result.expiresAt());
            store.save(renewed);
            return new Server(renewed.serverUrl(), renewed.token());
        } catch (ApiException e) {
            if (e.status() == 401) {
                // The password changed on the server: forget it and ask.
                store.save(new StoredSession(s.serverUrl(), s.username(), s.displayName(), s.role(), null, null, null));
                throw new SignInRequiredException("the remembered password was refused");
            }
            throw e;
        }
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
        store.save(new StoredSession(s.get().serverUrl(), s.get().username(), s.get().displayName(), s.get().role(),
                null, null, null));
    }
}
