package com.handover.model.sync;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The operations behind a restored state (a device's log up to the point its stored fold was taken), read only
 * when a record has to be folded again or a screen asks for a record's history.
 */
public interface OperationSource {

    /** The record's operations, in any order. */
    List<Operation> ofRecord(EntityKey key);

    Optional<Operation> byId(UUID id);

    /** How many operations the source holds. */
    int count();

    /** Every operation the source holds. */
    List<Operation> all();
}
