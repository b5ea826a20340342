package com.handover.server.auth;

import com.handover.model.Role;
import java.util.Objects;
import java.util.regex.Pattern;

/** An account: the user name that appears as the actor of operations, a display name and a role. */
public record User(String username, String displayName, Role role) {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{1,64}");

    public User {
        Objects.requireNonNull(username, "username");
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 1-64 lower-case letters, digits, '.', '_' or '-'");
        }
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }
}
