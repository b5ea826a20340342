package com.handover.mobile.store;

import com.handover.model.Role;
import java.time.Instant;

/**
 * The user of this device and their token. No password is ever kept: when the token expires (after 30 days) or is
 * refused, the token is dropped and the user signs in again; the user name and server stay to prefill the form.
 */
public record StoredSession(String serverUrl, String username, String displayName, Role role, String token,
                            Instant expiresAt) {

    public StoredSession withToken(String newToken, Instant newExpiry) {
        return new StoredSession(serverUrl, username, displayName, role, newToken, newExpiry);
    }

    public StoredSession withoutToken() {
        return new StoredSession(serverUrl, username, displayName, role, null, null);
    }
}
