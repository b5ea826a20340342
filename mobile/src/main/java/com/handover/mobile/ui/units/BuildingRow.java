package com.handover.mobile.ui.units;

import com.handover.model.site.Building;

/** A building with its units counted by stage. */
public record BuildingRow(Building building, int units, int signed, int inProgress, int awaitingSignature,
                          int withOpenDefects) {
}
