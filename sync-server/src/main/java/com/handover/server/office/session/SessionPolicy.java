package com.handover.server.office.session;

import java.time.Duration;

/**
 * How long a console session lives: it ends after {@code idle} without a request, and at the latest
 * {@code absolute} after sign-in. Requests refresh the idle clock at most once per {@code touchInterval}, so a
 * busy page does not write to the database on every request.
 */
public record SessionPolicy(Duration idle, Duration absolute, Duration touchInterval) {

    public static final SessionPolicy DEFAULT =
            new SessionPolicy(Duration.ofHours(8), Duration.ofHours(24), Duration.ofMinutes(1));

    public SessionPolicy {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("idle must be positive and absolute at least idle");
        }
        if (touchInterval.isNegative() || touchInterval.compareTo(idle) >= 0) {
            throw new IllegalArgumentException("touchInterval must be shorter than idle");
        }
    }

    /** Whether a session created at {@code createdAt} and last seen at {@code lastSeenAt} is still alive at {@code now}. */
    public boolean alive(long createdAt, long lastSeenAt, long now) {
        return now - lastSeenAt < idle.toMillis() && now - createdAt < absolute.toMillis();
    }
}
