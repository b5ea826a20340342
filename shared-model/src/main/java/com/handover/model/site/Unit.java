package com.handover.model.site;

import com.handover.model.Checks;
import com.handover.model.DeliveryStandard;
import java.util.UUID;

/** A unit (户) to be handed over: where it is, how it is delivered, its type and its owner. */
public record Unit(UUID id, UUID projectId, UUID buildingId, String number, int floor,
                   DeliveryStandard deliveryStandard, UUID unitTypeId, String ownerName, String ownerPhone) {
    public Unit {
        Checks.required("unit.id", id);
        Checks.required("unit.projectId", projectId);
        Checks.required("unit.buildingId", buildingId);
        Checks.text("unit.number", number, 32);
        if (floor < -5 || floor > 200) {
            throw new IllegalArgumentException("unit.floor must be -5..200");
        }
        Checks.required("unit.deliveryStandard", deliveryStandard);
        Checks.required("unit.unitTypeId", unitTypeId);
        Checks.optionalText("unit.ownerName", ownerName, Checks.MAX_NAME);
        Checks.optionalText("unit.ownerPhone", ownerPhone, 32);
    }
}
