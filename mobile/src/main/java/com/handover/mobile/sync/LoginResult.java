package com.handover.mobile.sync;

import com.handover.model.Role;
import com.handover.model.sync.Hlc;
import java.time.Instant;

/** A successful sign-in. {@code serverHlc} may be null if the server sent none. */
public record LoginResult(String token, Instant expiresAt, String username, String displayName, Role role,
                          Hlc serverHlc) {
}
