package com.handover.server.setup;

import com.handover.server.store.Database;
import com.handover.server.store.SiteStore;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 视同交付: the office records that an owner did not come by the notified handover date; from then on that date
 * is the unit's handover date (see {@link com.handover.model.site.HandoverDate}) and starts the buyer's warranty.
 */
public final class DeemedHandovers {

    /** What recording did. */
    public enum Outcome { RECORDED, CLEARED, NO_PLANNED_DATE, NOT_DUE, NO_UNIT }

    private final Database db;
    private final SiteStore sites;

    public DeemedHandovers(Database db, SiteStore sites) {
        this.db = db;
        this.sites = sites;
    }

    /** Records 视同交付 from the unit's notified date, which must have passed by {@code today}. */
    public Outcome record(UUID unitId, LocalDate today, String by) {
        return db.write(c -> {
            var unit = sites.unitsByIds(c, List.of(unitId));
            if (unit.isEmpty()) {
                return Outcome.NO_UNIT;
            }
            var setup = sites.unitSetups(c, unit.get(0).projectId()).get(unitId);
            LocalDate planned = setup == null ? null : setup.plannedHandover();
            if (planned == null) {
                return Outcome.NO_PLANNED_DATE;
            }
            if (!planned.isBefore(today)) {
                return Outcome.NOT_DUE;
            }
            sites.setDeemedHandover(c, unitId, planned, by);
            return Outcome.RECORDED;
        });
    }

    public Outcome clear(UUID unitId) {
        return db.write(c -> {
            if (sites.unitsByIds(c, List.of(unitId)).isEmpty()) {
                return Outcome.NO_UNIT;
            }
            sites.setDeemedHandover(c, unitId, null, null);
            return Outcome.CLEARED;
        });
    }
}
