package com.handover.model.sync;

import com.handover.model.Checks;
import com.handover.model.TextShapes;
import com.handover.model.sync.ops.Payload;
import java.util.Comparator;
import java.util.UUID;

/**
 * One recorded user action: immutable, identified by a UUID the device minted (so a re-sent operation is
 * recognised), stamped with the device's hybrid logical clock.
 *
 * @param entity the id of the record it touches; the kind follows from {@code type}
 * @param actor  the user name of the person who acted
 * @param device the device that recorded it; equal to the node of {@code hlc}
 * @param prev   for an operation that writes a field: the operation on the same field that the writer
 *               saw in effect when it wrote (null if none). A write whose {@code prev} is not the one in
 *               effect when it is applied was made concurrently, and the pair is recorded as a conflict.
 */
public record Operation(UUID id, OperationType type, UUID entity, Hlc hlc, String actor, String device,
                        UUID prev, Payload payload) {

    /** The order every replica folds operations in: clock first, then id for identical clocks. */
    public static final Comparator<Operation> CLOCK_ORDER =
            Comparator.comparing(Operation::hlc).thenComparing(Operation::id);


    public Operation {
        Checks.required("id", id);
        Checks.required("type", type);
        Checks.required("entity", entity);
        Checks.required("hlc", hlc);
        Checks.required("actor", actor);
        if (!TextShapes.username(actor)) {
            throw new IllegalArgumentException("actor must be a user name of 1-64 lower-case letters, digits, '.', '_' or '-'");
        }
        Checks.required("device", device);
        if (!device.equals(hlc.node())) {
            throw new IllegalArgumentException("hlc node '" + hlc.node() + "' is not the device '" + device + "'");
        }
        Checks.required("payload", payload);
        if (!type.payloadClass().isInstance(payload)) {
            throw new IllegalArgumentException("payload of " + type.wireName() + " must be a "
                    + type.payloadClass().getSimpleName());
        }
        if (type.field(payload) == null && prev != null) {
            throw new IllegalArgumentException(type.wireName() + " adds to a set and takes no prev");
        }
    }

    public EntityKind entityKind() {
        return type.entityKind();
    }

    /** The field written, or null for set additions. */
    public String field() {
        return type.field(payload);
    }
}
