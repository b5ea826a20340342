package com.handover.server.office.query;

import com.handover.model.WorkOrderStatus;
import com.handover.server.clock.RepairClock;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The work orders that rectify an inspection's defects: who answers for each (责任单位) and by when it must be
 * put right (整改期限, the order's on-site deadline under the repair rules).
 */
public final class Rectifications {

    /** @param contractor the responsible contractor's name; null while the order names none */
    public record Rectification(UUID workOrderId, String contractor, Instant deadline, WorkOrderStatus status) {
    }

    private Rectifications() {
    }

    /** By defect: the latest order (not void) raised for it. */
    public static Map<UUID, Rectification> of(Connection c, Collection<UUID> defectIds, RepairClock clock,
                                              Map<UUID, String> contractors, Instant now) throws SQLException {
        Map<UUID, UUID> orderOfDefect = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(defectIds)) {
            for (var row : Sql.query(c, "SELECT id, defect_id FROM work_orders WHERE status <> 'VOID' AND defect_id IN ("
                    + Sql.placeholders(chunk.size()) + ") ORDER BY created_hlc", rs -> Map.entry(
                    UUID.fromString(rs.getString(2)), UUID.fromString(rs.getString(1))), chunk.toArray())) {
                orderOfDefect.put(row.getKey(), row.getValue());
            }
        }
        Map<UUID, WorkOrderRow> orders = new HashMap<>();
        for (WorkOrderRow w : WorkOrderRows.byIds(c, new ArrayList<>(orderOfDefect.values()))) {
            orders.put(w.id(), w);
        }
        Map<UUID, Rectification> out = new HashMap<>();
        orderOfDefect.forEach((defect, orderId) -> {
            WorkOrderRow w = orders.get(orderId);
            if (w != null) {
                out.put(defect, new Rectification(w.id(), w.contractorId() == null ? null : contractors.get(w.contractorId()),
                        clock.status(w, now).deadline().due(), w.status()));
            }
        });
        return out;
    }
}
