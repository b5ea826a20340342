package com.handover.server.office.session;

import com.handover.server.auth.PasswordHasher;
import com.handover.server.auth.User;
import com.handover.server.config.Limits;
import com.handover.server.store.AccountStore;
import com.handover.server.store.Database;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Checks a console sign-in: user name and password, an office or admin role, not disabled. Failed attempts
 * count against the same per-user limit as device logins ({@link Limits#loginMaxFailures()} within
 * {@link Limits#loginWindow()}), so the console is no way around the throttle.
 */
public final class ConsoleLogin {

    public enum Outcome { OK, WRONG_CREDENTIALS, NOT_OFFICE_ROLE, THROTTLED }

    public record Result(Outcome outcome, User user, long retryAfterSeconds) {
    }

    /** Longest user name or password accepted in the form. */
    public static final int MAX_FIELD = Limits.MAX_CREDENTIAL_LENGTH;

    private final Database db;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final Limits limits;
    private final Clock clock;

    public ConsoleLogin(Database db, AccountStore accounts, PasswordHasher hasher, Limits limits, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.hasher = hasher;
        this.limits = limits;
        this.clock = clock;
    }

    public Result check(String username, String password) {
        if (username == null || password == null || username.isEmpty() || username.length() > MAX_FIELD
                || password.length() > MAX_FIELD) {
            return new Result(Outcome.WRONG_CREDENTIALS, null, 0);
        }
        String name = username.trim();
        long now = clock.millis();
        long windowStart = now - limits.loginWindow().toMillis();
        List<Long> failures = db.read(c -> accounts.loginFailuresSince(c, name, windowStart));
        if (failures.size() >= limits.loginMaxFailures()) {
            long retryAt = failures.get(failures.size() - limits.loginMaxFailures()) + limits.loginWindow().toMillis();
            return new Result(Outcome.THROTTLED, null, Math.max(1, (retryAt - now + 999) / 1000));
        }
        Optional<AccountStore.StoredUser> stored = db.read(c -> accounts.findUser(c, name));
        boolean ok;
        if (stored.isEmpty()) {
            hasher.burn(password);
            ok = false;
        } else {
            ok = !stored.get().disabled() && hasher.verify(password, stored.get().passwordHash());
        }
        if (!ok) {
            db.write(c -> {
                accounts.recordLoginFailure(c, name, now);
                return null;
            });
            return new Result(Outcome.WRONG_CREDENTIALS, null, 0);
        }
        User user = stored.get().user();
        db.write(c -> {
            accounts.clearLoginFailures(c, name);
            return null;
        });
        if (!SessionService.mayUseConsole(user.role())) {
            return new Result(Outcome.NOT_OFFICE_ROLE, user, 0);
        }
        return new Result(Outcome.OK, user, 0);
    }
}
