package com.handover.server.office.query;

import com.handover.model.labels.StatusLabels;
import com.handover.server.office.web.Labelled;

/** Where a unit stands in the handover, as the building grid colours it; labelled as the app labels unit stages. */
public enum UnitStatus implements Labelled {
    NOT_INSPECTED("st-none", "chip-idle"),
    IN_PROGRESS("st-progress", "chip-info"),
    SIGNED("st-signed", "chip-ok"),
    REFUSED("st-refused", "chip-bad"),
    OPEN_DEFECTS("st-defects", "chip-warn");

    private final String cellClass;
    private final String chipClass;

    UnitStatus(String cellClass, String chipClass) {
        this.cellClass = cellClass;
        this.chipClass = chipClass;
    }

    public String cellClass() {
        return cellClass;
    }

    public String chipClass() {
        return chipClass;
    }

    @Override
    public String labelKey() {
        return StatusLabels.unitStageKey(name());
    }

    /**
     * A unit handed over (an accepted sign-off) shows as signed, or as having open defects; otherwise its latest
     * inspection decides: unsigned is in progress, signed is refused; no inspection is not inspected.
     */
    static UnitStatus of(boolean handedOver, int openDefects, String latestStatus, String latestDecision) {
        if (handedOver) {
            return openDefects > 0 ? OPEN_DEFECTS : SIGNED;
        }
        if (latestStatus == null) {
            return NOT_INSPECTED;
        }
        if ("SIGNED".equals(latestStatus)) {
            return "REFUSE".equals(latestDecision) ? REFUSED : SIGNED;
        }
        return IN_PROGRESS;
    }
}
