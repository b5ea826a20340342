package com.handover.mobile.sync;

import com.handover.mobile.i18n.UserMessage;

/** Turns a server error into words a person can act on. */
public final class SyncProblems {

    private SyncProblems() {
    }

    public static UserMessage of(ApiException e) {
        return switch (e.code()) {
            case "UNSUPPORTED_PROTOCOL_VERSION" -> UserMessage.of("sync.error.updateApp");
            case "RATE_LIMITED" -> UserMessage.of("sync.error.rateLimited");
            case "FORBIDDEN" -> UserMessage.of("sync.error.forbidden");
            case "UNAUTHENTICATED", "TOKEN_EXPIRED", "TOKEN_REVOKED" -> UserMessage.of("sync.error.signInAgain");
            case "UNREADABLE_OPERATION" -> UserMessage.of("sync.error.updateApp");
            default -> e.status() >= 500
                    ? UserMessage.of("sync.error.server", e.status())
                    : UserMessage.of("sync.error.unexpected", e.code());
        };
    }
}
