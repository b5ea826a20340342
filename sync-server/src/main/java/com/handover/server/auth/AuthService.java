package com.handover.server.auth;

import com.handover.server.config.Limits;
import com.handover.server.store.AccountStore;
import com.handover.server.store.Database;
import com.handover.server.store.DeviceStore;
import com.handover.server.web.errors.ApiException;
import com.handover.server.web.errors.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Login by device, bearer-token checks and logout. Passwords and tokens are never logged. */
public final class AuthService {

    /** A successful login: the token (shown once, never stored) and when it expires. */
    public record LoginResult(String token, Instant expiresAt, User user) {
        @Override
        public String toString() {
            return "LoginResult[user=" + user.username() + ", expiresAt=" + expiresAt + "]";
        }
    }

    private final Database db;
    private final AccountStore accounts;
    private final DeviceStore devices;
    private final CredentialCheck credentials;
    private final Clock clock;
    private final Limits limits;

    public AuthService(Database db, AccountStore accounts, DeviceStore devices, PasswordHasher hasher, Clock clock,
                       Limits limits) {
        this.db = db;
        this.accounts = accounts;
        this.devices = devices;
        this.credentials = new CredentialCheck(db, accounts, hasher, limits, clock);
        this.clock = clock;
        this.limits = limits;
    }

    public LoginResult login(String username, String password, String deviceId, String deviceName) {
        CredentialCheck.Result checked = credentials.check(username, password);
        if (checked.outcome() == CredentialCheck.Outcome.THROTTLED) {
            long seconds = checked.retryAfterSeconds();
            throw new ApiException(ErrorCode.RATE_LIMITED, 429,
                    "too many failed logins for this user; try again in " + seconds + " s", null, Map.of(),
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        if (checked.outcome() != CredentialCheck.Outcome.OK) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "wrong user name or password");
        }
        User user = checked.user();
        long now = clock.millis();
        String token = Tokens.newToken();
        long expiresAt = now + limits.tokenTtl().toMillis();
        db.write(c -> {
            accounts.insertToken(c, new AccountStore.StoredToken(Tokens.hash(token), username, deviceId, now,
                    expiresAt, null));
            devices.recordLogin(c, deviceId, deviceName, username, now);
            return null;
        });
        return new LoginResult(token, Instant.ofEpochMilli(expiresAt), user);
    }

    /** The principal for a bearer token, or the reason it is refused. */
    public Principal authenticate(String token) {
        if (!Tokens.wellFormed(token)) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "the bearer token is missing or malformed");
        }
        String hash = Tokens.hash(token);
        var found = db.read(c -> {
            var t = accounts.findToken(c, hash);
            if (t.isEmpty()) {
                return null;
            }
            var u = accounts.findUser(c, t.get().username());
            return u.map(user -> Map.entry(t.get(), user)).orElse(null);
        });
        if (found == null) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "unknown token; sign in again");
        }
        AccountStore.StoredToken t = found.getKey();
        if (found.getValue().disabled()) {
            // Before revocation: disabling an account also revokes its tokens, and the answer is the account's.
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "this account is disabled");
        }
        if (t.revokedAt() != null) {
            throw new ApiException(ErrorCode.TOKEN_REVOKED, "this token was revoked; sign in again");
        }
        if (clock.millis() >= t.expiresAt()) {
            throw new ApiException(ErrorCode.TOKEN_EXPIRED, "this token has expired; sign in again");
        }
        return new Principal(found.getValue().user(), t.deviceId(), hash);
    }

    public void logout(Principal principal) {
        db.write(c -> {
            accounts.revokeToken(c, principal.tokenHash(), clock.millis());
            return null;
        });
    }
}
