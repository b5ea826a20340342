package com.handover.model.site;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A unit's handover date (交付之日), which starts the buyer's warranty (建房[1998]102号, 建设部令第88号
 * 第三十三条): the day the owner accepted the unit at a signed handover inspection, or, where the office
 * recorded 视同交付 because the owner did not come by the notified date, that notified date; the earlier of
 * the two when both exist.
 */
public final class HandoverDate {

    private HandoverDate() {
    }

    /**
     * @param acceptedOn   the day of the first signed inspection the owner accepted (with or without defects)
     * @param deemedFrom   the notified handover date of a recorded 视同交付
     */
    public static Optional<LocalDate> of(Optional<LocalDate> acceptedOn, Optional<LocalDate> deemedFrom) {
        if (acceptedOn.isPresent() && deemedFrom.isPresent()) {
            return Optional.of(acceptedOn.get().isBefore(deemedFrom.get()) ? acceptedOn.get() : deemedFrom.get());
        }
        return acceptedOn.isPresent() ? acceptedOn : deemedFrom;
    }
}
