package com.handover.model.sync;

import java.util.Comparator;
import java.util.UUID;

/** A record's identity: its kind and its id. */
public record EntityKey(EntityKind kind, UUID id) implements Comparable<EntityKey> {

    private static final Comparator<EntityKey> ORDER =
            Comparator.comparing(EntityKey::kind).thenComparing(EntityKey::id);

    public static EntityKey of(Operation op) {
        return new EntityKey(op.entityKind(), op.entity());
    }

    @Override
    public int compareTo(EntityKey o) {
        return ORDER.compare(this, o);
    }
}
