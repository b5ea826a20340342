package com.handover.server.setup;

import com.handover.server.clock.HandoverDates;
import com.handover.server.store.Database;
import com.handover.server.store.SiteStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 视同交付: the office records that an owner did not come by the notified handover date; from then on that date
 * is the unit's handover date (see {@link com.handover.model.site.HandoverDate}) and starts the buyer's warranty.
 */
public final class DeemedHandovers {

    /** What recording did. */
    public enum Outcome { RECORDED, CLEARED, NO_PLANNED_DATE, NOT_DUE, CAME_IN_TIME, NO_UNIT }

    /** What the office may do about a unit's 视同交付 on a day: record it, withdraw it, or neither and why. */
    public enum Offer { RECORD, WITHDRAW, NO_PLANNED_DATE, NOT_DUE, CAME_IN_TIME }

    private final Database db;
    private final SiteStore sites;
    private final HandoverDates handovers;

    public DeemedHandovers(Database db, SiteStore sites, HandoverDates handovers) {
        this.db = db;
        this.sites = sites;
        this.handovers = handovers;
    }

    /**
     * A recorded 视同交付 may be withdrawn. Otherwise it may be recorded once the unit's notified date has passed
     * by {@code today}, unless the owner accepted the unit at a signed inspection by that date.
     */
    public Offer offer(Connection c, UUID unitId, LocalDate today) throws SQLException {
        if (handovers.deemedFrom(c, unitId).isPresent()) {
            return Offer.WITHDRAW;
        }
        LocalDate planned = plannedHandover(c, unitId).orElse(null);
        if (planned == null) {
            return Offer.NO_PLANNED_DATE;
        }
        if (!planned.isBefore(today)) {
            return Offer.NOT_DUE;
        }
        Optional<LocalDate> accepted = handovers.acceptedOn(c, unitId);
        return accepted.isPresent() && !accepted.get().isAfter(planned) ? Offer.CAME_IN_TIME : Offer.RECORD;
    }

    /** Records 视同交付 from the unit's notified date, where {@link #offer} allows it. */
    public Outcome record(UUID unitId, LocalDate today, String by) {
        return db.write(c -> {
            if (sites.unitsByIds(c, List.of(unitId)).isEmpty()) {
                return Outcome.NO_UNIT;
            }
            return switch (offer(c, unitId, today)) {
                case NO_PLANNED_DATE -> Outcome.NO_PLANNED_DATE;
                case NOT_DUE -> Outcome.NOT_DUE;
                case CAME_IN_TIME -> Outcome.CAME_IN_TIME;
                case RECORD, WITHDRAW -> {
                    sites.setDeemedHandover(c, unitId, plannedHandover(c, unitId).orElseThrow(), by);
                    yield Outcome.RECORDED;
                }
            };
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

    private Optional<LocalDate> plannedHandover(Connection c, UUID unitId) throws SQLException {
        var unit = sites.unitsByIds(c, List.of(unitId));
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        var setup = sites.unitSetups(c, unit.get(0).projectId()).get(unitId);
        return Optional.ofNullable(setup == null ? null : setup.plannedHandover());
    }
}
