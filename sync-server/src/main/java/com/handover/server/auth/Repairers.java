package com.handover.server.auth;

import com.handover.model.Role;
import com.handover.server.store.AccountStore;
import com.handover.server.store.Database;

/** Who may be sent to a repair: an active maintenance account, the only kind whose phone works an order. */
public final class Repairers {

    private Repairers() {
    }

    public static boolean isActiveRepairer(Database db, AccountStore accounts, String username) {
        return db.read(c -> accounts.findUser(c, username))
                .filter(u -> u.user().role() == Role.MAINTENANCE && !u.disabled()).isPresent();
    }
}
