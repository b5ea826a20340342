package com.handover.model.testing;

import com.handover.model.sync.EntityKey;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Operations held in a list, as a device's log holds them; counts how many records were read from it. */
public final class ListOperationSource implements OperationSource {

    private final List<Operation> ops;
    private final Set<EntityKey> read = new HashSet<>();

    public ListOperationSource(List<Operation> ops) {
        this.ops = List.copyOf(new ArrayList<>(new LinkedHashSet<>(ops)));
    }

    @Override
    public List<Operation> ofRecord(EntityKey key) {
        read.add(key);
        return ops.stream().filter(op -> EntityKey.of(op).equals(key)).toList();
    }

    @Override
    public Optional<Operation> byId(UUID id) {
        return ops.stream().filter(op -> op.id().equals(id)).findFirst();
    }

    @Override
    public int count() {
        return ops.size();
    }

    @Override
    public List<Operation> all() {
        return ops;
    }

    /** The records whose operations were asked for. */
    public Set<EntityKey> recordsRead() {
        return Set.copyOf(read);
    }
}
