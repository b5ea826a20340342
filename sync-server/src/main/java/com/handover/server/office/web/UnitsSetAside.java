package com.handover.server.office.web;

import com.handover.server.store.StateStore.UnitSetAside;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The units the state tables could not fold when a page read them, oldest first, with their names ("2号楼 2-1203")
 * where the reference data holds them.
 */
public record UnitsSetAside(List<UnitSetAside> units, Map<UUID, String> labels) {

    static final UnitsSetAside NONE = new UnitsSetAside(List.of(), Map.of());

    public UnitsSetAside {
        units = List.copyOf(units);
        labels = Map.copyOf(labels);
    }

    /** The unit's name, or null for a unit the reference data does not hold. */
    public String label(UnitSetAside unit) {
        return labels.get(unit.unitId());
    }
}
