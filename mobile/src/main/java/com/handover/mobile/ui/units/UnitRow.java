package com.handover.mobile.ui.units;

import com.handover.model.site.Unit;
import java.util.UUID;

/**
 * One unit in the list. {@code activeInspection}: an unsigned inspection to resume (null if none);
 * {@code signedInspection}: the signed handover (null if none).
 */
public record UnitRow(Unit unit, String buildingName, UnitStage stage, int answered, int itemCount,
                      int openDefects, UUID activeInspection, UUID signedInspection) {
}
