package com.handover.server.office.repair.rectify;

import com.handover.model.site.Contractor;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which 施工单位 answers for a trade in a building: the one place the 整改 form asks. Today contractors are
 * registered per trade for the whole project, so the building does not narrow the choice yet; ties go to the
 * contractor first by name, so the answer is the same every time.
 */
public final class ResponsibleContractors {

    private ResponsibleContractors() {
    }

    public static Optional<Contractor> responsibleFor(List<Contractor> contractors, String trade, UUID buildingId) {
        return contractors.stream().filter(k -> k.trades().contains(trade))
                .min(Comparator.comparing(Contractor::name));
    }
}
