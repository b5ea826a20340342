package com.handover.server.office.session;

import com.handover.server.auth.CredentialCheck;
import com.handover.server.auth.PasswordHasher;
import com.handover.server.auth.User;
import com.handover.server.config.Limits;
import com.handover.server.store.AccountStore;
import com.handover.server.store.Database;
import java.time.Clock;

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

    private final CredentialCheck credentials;

    public ConsoleLogin(Database db, AccountStore accounts, PasswordHasher hasher, Limits limits, Clock clock) {
        this.credentials = new CredentialCheck(db, accounts, hasher, limits, clock);
    }

    public Result check(String username, String password) {
        if (username == null || password == null || username.isEmpty() || username.length() > MAX_FIELD
                || password.length() > MAX_FIELD) {
            return new Result(Outcome.WRONG_CREDENTIALS, null, 0);
        }
        CredentialCheck.Result checked = credentials.check(username.trim(), password);
        if (checked.outcome() == CredentialCheck.Outcome.THROTTLED) {
            return new Result(Outcome.THROTTLED, null, checked.retryAfterSeconds());
        }
        if (checked.outcome() != CredentialCheck.Outcome.OK) {
            return new Result(Outcome.WRONG_CREDENTIALS, null, 0);
        }
        User user = checked.user();
        if (!SessionService.mayUseConsole(user.role())) {
            return new Result(Outcome.NOT_OFFICE_ROLE, user, 0);
        }
        return new Result(Outcome.OK, user, 0);
    }
}
