package com.handover.model.sync;

import java.util.Comparator;
import java.util.UUID;

/**
 * Two writes to one field of one record made without either writer seeing the other. The later clock took
 * effect ({@code winner}) unless a rule refused it; both operations stay in the log and the office sees the pair.
 */
public record Conflict(EntityKind entityKind, UUID entity, String field, UUID winner, UUID loser) {

    public static final Comparator<Conflict> ORDER = Comparator.comparing(Conflict::entity)
            .thenComparing(Conflict::field).thenComparing(Conflict::winner).thenComparing(Conflict::loser);
}
