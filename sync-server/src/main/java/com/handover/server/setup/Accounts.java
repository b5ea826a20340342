package com.handover.server.setup;

import com.handover.model.Role;
import com.handover.server.Components;
import com.handover.server.auth.User;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates console and app accounts: the one path for the 管理 page and the demo. A new account is checked
 * (user name, display name, role, password) and stored only when every part is valid and the name is free.
 */
public final class Accounts {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 256;
    public static final int MAX_DISPLAY_NAME = 100;

    /** An account to create, as entered. */
    public record NewAccount(String username, String displayName, Role role, String password) {
    }

    private final Components c;

    public Accounts(Components c) {
        this.c = c;
    }

    /** The message key of what was wrong, or empty when the account was created. */
    public Optional<String> create(NewAccount a) {
        Optional<String> refusal = refusal(a);
        if (refusal.isPresent()) {
            return refusal;
        }
        String hash = c.passwords().hash(a.password());
        boolean created = c.db().write(conn -> {
            if (c.accounts().findUser(conn, a.username()).isPresent()) {
                return false;
            }
            c.accounts().saveUser(conn, new User(a.username(), a.displayName().strip(), a.role()), hash,
                    c.clock().millis());
            return true;
        });
        return created ? Optional.empty() : Optional.of("admin.err.exists");
    }

    /** Lets an account work on a project (inspectors, supervisors, the project department). */
    public void assign(String username, UUID projectId) {
        c.db().write(conn -> {
            c.sites().assignProject(conn, username, projectId);
            return null;
        });
    }

    public static boolean passwordOk(String password) {
        return password != null && password.length() >= MIN_PASSWORD && password.length() <= MAX_PASSWORD
                && password.chars().noneMatch(ch -> ch < 0x20);
    }

    private static Optional<String> refusal(NewAccount a) {
        if (a.username() == null || !User.USERNAME.matcher(a.username()).matches()) {
            return Optional.of("admin.err.username");
        }
        if (a.displayName() == null || a.displayName().isBlank() || a.displayName().length() > MAX_DISPLAY_NAME) {
            return Optional.of("admin.err.displayName");
        }
        if (a.role() == null) {
            return Optional.of("admin.err.role");
        }
        return passwordOk(a.password()) ? Optional.empty() : Optional.of("admin.err.password");
    }
}
