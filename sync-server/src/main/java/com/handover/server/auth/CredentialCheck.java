package com.handover.server.auth;

import com.handover.server.config.Limits;
import com.handover.server.store.AccountStore;
import com.handover.server.store.Database;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Checks a user name and password for every way in (device login, console sign-in): throttled after
 * {@link Limits#loginMaxFailures()} failures within {@link Limits#loginWindow()}, the same work done for an unknown
 * user as for a known one, failures counted and cleared, and the stored hash upgraded when its parameters are old.
 */
public final class CredentialCheck {

    public enum Outcome { OK, WRONG_CREDENTIALS, THROTTLED }

    /** @param user the user, when OK; @param retryAfterSeconds when THROTTLED */
    public record Result(Outcome outcome, User user, long retryAfterSeconds) {
    }

    private final Database db;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final Limits limits;
    private final Clock clock;

    public CredentialCheck(Database db, AccountStore accounts, PasswordHasher hasher, Limits limits, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.hasher = hasher;
        this.limits = limits;
        this.clock = clock;
    }

    public Result check(String username, String password) {
        long now = clock.millis();
        long windowStart = now - limits.loginWindow().toMillis();
        List<Long> failures = db.read(c -> accounts.loginFailuresSince(c, username, windowStart));
        if (failures.size() >= limits.loginMaxFailures()) {
            long retryAt = failures.get(failures.size() - limits.loginMaxFailures()) + limits.loginWindow().toMillis();
            return new Result(Outcome.THROTTLED, null, Math.max(1, (retryAt - now + 999) / 1000));
        }
        Optional<AccountStore.StoredUser> stored = db.read(c -> accounts.findUser(c, username));
        boolean ok;
        if (stored.isEmpty()) {
            hasher.burn(password);
            ok = false;
        } else {
            ok = !stored.get().disabled() && hasher.verify(password, stored.get().passwordHash());
        }
        if (!ok) {
            db.write(c -> {
                accounts.recordLoginFailure(c, username, now);
                return null;
            });
            return new Result(Outcome.WRONG_CREDENTIALS, null, 0);
        }
        String rehash = hasher.needsRehash(stored.get().passwordHash()) ? hasher.hash(password) : null;
        db.write(c -> {
            accounts.clearLoginFailures(c, username);
            if (rehash != null) {
                accounts.updatePasswordHash(c, username, rehash);
            }
            return null;
        });
        return new Result(Outcome.OK, stored.get().user(), 0);
    }
}
