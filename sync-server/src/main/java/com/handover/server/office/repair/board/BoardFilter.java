package com.handover.server.office.repair.board;

import com.handover.model.Severity;
import java.util.UUID;

/**
 * What the work-order board shows: a status view, and optionally one contractor, building and severity.
 *
 * @param view OPEN (clocks running), OVERDUE (nobody on site past the deadline), SELF_REPAIR, DONE, ALL
 */
public record BoardFilter(View view, UUID contractorId, UUID buildingId, Severity severity) {

    public enum View { OPEN, OVERDUE, SELF_REPAIR, COMPLETED, DONE, ALL }

    public static BoardFilter open() {
        return new BoardFilter(View.OPEN, null, null, null);
    }
}
