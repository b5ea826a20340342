package com.handover.server.office.session;

import com.handover.model.Role;

/**
 * A signed-in office or admin user in one browser.
 *
 * @param idHash     SHA-256 of the session id held in the cookie (the id itself is never stored)
 * @param csrfToken  sent back with every form and htmx request of this session
 */
public record OfficeSession(String idHash, String username, String displayName, Role role, String csrfToken,
                            long createdAt, long lastSeenAt) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
