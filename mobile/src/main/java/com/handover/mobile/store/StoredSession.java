package com.handover.mobile.store;

import com.handover.model.Role;
import java.time.Instant;

/**
 * The signed-in user on this device. {@code rememberedPassword} is kept only when the user chose "remember",
 * so that an expired token can be renewed without asking; otherwise it is null.
 */
public record StoredSession(String serverUrl, String username, String displayName, Role role, String token,
                            Instant expiresAt, String rememberedPassword) {

    public StoredSession withToken(String newToken, Instant newExpiry) {
        return new StoredSession(serverUrl, username, displayName, role, newToken, newExpiry, rememberedPassword);
    }

    public StoredSession withoutToken() {
        return new StoredSession(serverUrl, username, displayName, role, null, null, rememberedPassword);
    }
}
