package com.handover.server.setup;

import com.handover.model.Role;
import com.handover.server.auth.PasswordHasher;
import com.handover.server.auth.PasswordPolicy;
import com.handover.server.auth.User;
import com.handover.server.store.AccountStore;
import com.handover.server.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * Creates an administrator account on a server's database: the way an empty server gets its first account.
 * Refuses a weak password, an existing user name, and (unless {@code evenIfAdminExists}) a database that
 * already has an enabled administrator.
 */
public final class FirstAdmin {

    /** Why an account was not created. */
    public enum Refusal { USERNAME, DISPLAY_NAME, PASSWORD_LENGTH, PASSWORD_CLASSES, PASSWORD_USERNAME,
        PASSWORD_WELL_KNOWN, ADMIN_EXISTS, USER_EXISTS }

    public static final int MAX_DISPLAY_NAME = 100;

    private final Database db;
    private final AccountStore accounts;
    private final PasswordHasher passwords;
    private final Clock clock;

    public FirstAdmin(Database db, AccountStore accounts, PasswordHasher passwords, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Creates the account; empty when it was created, else why not. */
    public Optional<Refusal> create(String username, String displayName, String password, boolean evenIfAdminExists) {
        if (username == null || !User.USERNAME.matcher(username).matches()) {
            return Optional.of(Refusal.USERNAME);
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME) {
            return Optional.of(Refusal.DISPLAY_NAME);
        }
        Optional<PasswordPolicy.Weakness> weak = PasswordPolicy.check(username, password);
        if (weak.isPresent()) {
            return Optional.of(Refusal.valueOf("PASSWORD_" + weak.get().name()));
        }
        String hash = passwords.hash(password);
        return db.write(c -> {
            if (accounts.findUser(c, username).isPresent()) {
                return Optional.of(Refusal.USER_EXISTS);
            }
            if (!evenIfAdminExists && enabledAdminExists(c)) {
                return Optional.of(Refusal.ADMIN_EXISTS);
            }
            accounts.saveUser(c, new User(username, displayName.strip(), Role.ADMIN), hash, clock.millis());
            return Optional.empty();
        });
    }

    private boolean enabledAdminExists(Connection c) throws SQLException {
        for (User u : accounts.listUsers(c)) {
            if (u.role() == Role.ADMIN && accounts.findUser(c, u.username()).map(s -> !s.disabled()).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
