package com.handover.server.office.repair.confirm;

import com.handover.model.PhotoRef;
import com.handover.model.Role;
import com.handover.model.SignerRole;
import com.handover.model.signoff.WorkOrderContent;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.Components;
import com.handover.server.clock.UnitRecords;
import com.handover.server.office.repair.board.BoardFilter;
import com.handover.server.office.repair.board.BoardRow;
import com.handover.server.office.repair.board.WorkOrderBoard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The completed repairs awaiting a party's confirmation (签认), read from the board's query and each order's
 * folded state: what the supervisor (监理) and the project department (项目部) sign from the console.
 */
public final class ConfirmationQueue {

    /** One completed order: where, what, who repaired it, the photos, who has signed and what a signature covers. */
    public record Entry(BoardRow row, List<String> beforePhotos, List<String> afterPhotos, Set<SignerRole> signed,
                       Set<SignerRole> missing, String contentHash) {

        public boolean awaits(SignerRole party) {
            return missing.contains(party);
        }
    }

    private final Components components;
    private final WorkOrderBoard board;
    private final UnitRecords records;

    public ConfirmationQueue(Components components, WorkOrderBoard board, UnitRecords records) {
        this.components = components;
        this.board = board;
        this.records = records;
    }

    /**
     * The completed orders matching the filter that still miss {@code party}'s confirmation (any confirmation
     * when {@code party} is null), within the projects and buildings {@code username} may see unless {@code everywhere}.
     */
    public List<Entry> awaiting(SignerRole party, UUID building, UUID contractor, String username,
                                boolean everywhere, Instant now) {
        Set<UUID> projects = everywhere ? Set.of()
                : new HashSet<>(components.db().read(c -> components.sites().assignedProjects(c, username)));
        Set<UUID> units = everywhere ? Set.of()
                : components.db().read(c -> components.sites().unitsOfAssignedBuildings(c, username));
        List<Entry> out = new ArrayList<>();
        for (BoardRow row : completedRows(new BoardFilter(BoardFilter.View.COMPLETED, contractor, building, null), now)) {
            if (!everywhere && !projects.contains(row.order().projectId()) && !units.contains(row.order().unitId())) {
                continue;
            }
            WorkOrderState w = records.of(row.order().unitId()).workOrders().get(row.order().id());
            if (w == null || w.missingConfirmations().isEmpty()
                    || (party != null && !w.missingConfirmations().contains(party))) {
                continue;
            }
            out.add(new Entry(row, hashes(w.beforePhotos()), hashes(w.afterPhotos()), w.confirmations().keySet(),
                    w.missingConfirmations(), WorkOrderContent.of(w).hash()));
        }
        return out;
    }

    private List<BoardRow> completedRows(BoardFilter filter, Instant now) {
        List<BoardRow> rows = new ArrayList<>();
        for (int offset = 0; ; offset += WorkOrderBoard.PAGE_SIZE) {
            WorkOrderBoard.Board page = board.board(filter, now, offset);
            rows.addAll(page.rows());
            if (offset + WorkOrderBoard.PAGE_SIZE >= page.total()) {
                return rows;
            }
        }
    }

    /** The party a user of this role signs as from the console, or null (office and admin only look). */
    public static SignerRole partyOf(Role role) {
        return role.isConfirmingParty() ? role.repairConfirmationsGiven().iterator().next() : null;
    }

    private static List<String> hashes(List<PhotoRef> photos) {
        return photos.stream().map(PhotoRef::sha256).toList();
    }
}
