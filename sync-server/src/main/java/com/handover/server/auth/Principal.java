package com.handover.server.auth;

import com.handover.model.Role;

/** Who made a request: the signed-in user and the device the token was issued to. */
public record Principal(User user, String deviceId, String tokenHash) {

    public String username() {
        return user.username();
    }

    public Role role() {
        return user.role();
    }

    /** Office and admin users see and may do everything. */
    public boolean seesEverything() {
        return role() == Role.OFFICE || role() == Role.ADMIN;
    }
}
