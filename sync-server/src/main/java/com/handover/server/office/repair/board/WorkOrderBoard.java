package com.handover.server.office.repair.board;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.handover.model.json.ModelJson;
import com.handover.model.site.Contractor;
import com.handover.server.Components;
import com.handover.server.clock.ContractorWarrantyEnds;
import com.handover.server.clock.RepairClock;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.office.query.DueGroup;
import com.handover.server.store.ReadModel;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The work orders by status and deadline: overdue first, then by the time left. Filters run in SQL; the
 * clocks are computed for the filtered orders and only the shown page reads the orders' text.
 */
@ReadModel
public final class WorkOrderBoard {

    /** Lines on one board page. */
    public static final int PAGE_SIZE = 50;

    /**
     * One page of the board ({@code rows}, from line {@code offset}) and the figures of the whole filtered list:
     * how many lines fall in each group of urgency, and the chargebacks booked.
     */
    public record Board(List<BoardRow> rows, int offset, int total, int overdue, long chargebackFen,
                        Map<DueGroup, Integer> groups) {

        public int count(DueGroup group) {
            return groups.getOrDefault(group, 0);
        }
    }

    private final Components c;
    private final RepairClock clock;
    private final ZoneId zone;

    public WorkOrderBoard(Components c, RepairClock clock) {
        this.c = c;
        this.clock = clock;
        this.zone = c.config().office().zone();
    }

    /** The board's lines {@code offset} to {@code offset + PAGE_SIZE} (a page past the end shows the last one). */
    public Board board(BoardFilter f, Instant now, int offset) {
        return c.db().read(conn -> {
            List<Clocked> clocked = new ArrayList<>();
            Map<DueGroup, Integer> groups = new EnumMap<>(DueGroup.class);
            for (WorkOrderRow w : WorkOrderRows.byIds(conn, matching(conn, f))) {
                RepairClock.Status s = clock.status(w, now);
                if (f.view() != BoardFilter.View.OVERDUE || s.late()) {
                    DueGroup g = BoardRow.group(w, s, now, zone);
                    clocked.add(new Clocked(w, s, g));
                    groups.merge(g, 1, Integer::sum);
                }
            }
            // Most urgent first: overdue (longest overdue first), due today, due later; then the rest.
            clocked.sort(Comparator.comparing((Clocked k) -> k.group())
                    .thenComparing(k -> !k.order().open())
                    .thenComparing(k -> k.status().deadline().due())
                    .thenComparing(k -> k.order().id()));
            int overdue = (int) clocked.stream().filter(k -> k.status().late()).count();
            ContractorWarrantyEnds.Lookup windows = clock.windows(conn);
            long chargebacks = 0;
            for (Clocked k : clocked) {
                if (k.order().selfRepair()) {
                    chargebacks += clock.bookedChargeback(k.order(), windows.of(k.order())).fen();
                }
            }
            int from = Math.max(0, Math.min(offset, (clocked.size() - 1) / PAGE_SIZE * PAGE_SIZE));
            List<BoardRow> rows = rows(conn, clocked.subList(from, Math.min(from + PAGE_SIZE, clocked.size())));
            return new Board(rows, from, clocked.size(), overdue, chargebacks, groups);
        });
    }

    private record Clocked(WorkOrderRow order, RepairClock.Status status, DueGroup group) {
    }

    /** The ids of the orders the filter's view, contractor, building and severity let through. */
    private static List<UUID> matching(Connection conn, BoardFilter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT w.id FROM work_orders w JOIN units u ON u.id = w.unit_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        switch (f.view()) {
            case OPEN, OVERDUE -> sql.append(" AND w.status NOT IN ('CONFIRMED', 'SETTLED', 'VOID')");
            case SELF_REPAIR -> sql.append(" AND w.self_repair = 1");
            case COMPLETED -> sql.append(" AND w.status = 'COMPLETED'");
            case DONE -> sql.append(" AND w.status IN ('CONFIRMED', 'SETTLED')");
            case ALL -> { }
        }
        if (f.contractorId() != null) {
            sql.append(" AND w.contractor_id = ?");
            params.add(f.contractorId());
        }
        if (f.buildingId() != null) {
            sql.append(" AND u.building_id = ?");
            params.add(f.buildingId());
        }
        if (f.severity() != null) {
            sql.append(" AND w.severity = ?");
            params.add(f.severity());
        }
        return Sql.query(conn, sql.toString(), rs -> UUID.fromString(rs.getString(1)), params.toArray());
    }

    /** The page's lines, with each order's unit, contractor and texts by name. */
    private List<BoardRow> rows(Connection conn, List<Clocked> page) throws SQLException {
        Map<UUID, OrderText> text = texts(conn, page.stream().map(k -> k.order().id()).toList());
        Map<UUID, String> units = unitLabels(conn, page.stream().map(k -> k.order().unitId()).distinct().toList());
        Map<UUID, String> contractors = new HashMap<>();
        for (Contractor k : c.sites().contractors(conn)) {
            contractors.put(k.id(), k.name());
        }
        List<BoardRow> rows = new ArrayList<>();
        for (Clocked k : page) {
            OrderText t = text.getOrDefault(k.order().id(), OrderText.NONE);
            rows.add(new BoardRow(k.order(), units.getOrDefault(k.order().unitId(), ""),
                    k.order().contractorId() == null ? null : contractors.get(k.order().contractorId()), t.room(),
                    t.description(), k.status(), k.group()));
        }
        return rows;
    }

    /** One order as a board line, whatever its status. */
    public Optional<BoardRow> one(UUID id, Instant now) {
        return c.db().read(conn -> {
            var found = WorkOrderRows.byId(conn, id);
            if (found.isEmpty()) {
                return Optional.<BoardRow>empty();
            }
            WorkOrderRow w = found.get();
            OrderText t = texts(conn, List.of(id)).getOrDefault(id, OrderText.NONE);
            String unit = unitLabels(conn, List.of(w.unitId())).getOrDefault(w.unitId(), "");
            String contractor = w.contractorId() == null ? null : c.sites().contractors(conn).stream()
                    .filter(k -> k.id().equals(w.contractorId())).map(Contractor::name).findFirst().orElse(null);
            RepairClock.Status status = clock.status(w, now);
            return Optional.of(new BoardRow(w, unit, contractor, t.room(), t.description(), status,
                    BoardRow.group(w, status, now, zone)));
        });
    }

    /** What a work order is about: its room's code (null for the whole unit) and its description. */
    public record OrderText(String room, String description) {
        static final OrderText NONE = new OrderText(null, "");
    }

    /** Order id → its room and description, from the materialised state of each order. */
    public static Map<UUID, OrderText> texts(Connection conn, List<UUID> ids) throws SQLException {
        Map<UUID, OrderText> out = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(ids)) {
            for (var row : Sql.query(conn, "SELECT id, state_json FROM work_orders WHERE id IN ("
                    + Sql.placeholders(chunk.size()) + ")", rs -> Map.entry(UUID.fromString(rs.getString(1)),
                    rs.getString(2)), chunk.toArray())) {
                try {
                    var w = ModelJson.mapper().readTree(row.getValue());
                    out.put(row.getKey(), new OrderText(w.path("room").textValue(), w.path("description").asText("")));
                } catch (JsonProcessingException e) {
                    throw new SQLException("work order " + row.getKey() + " has unreadable state", e);
                }
            }
        }
        return out;
    }

    static Map<UUID, String> unitLabels(Connection conn, List<UUID> unitIds) throws SQLException {
        Map<UUID, String> out = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(unitIds)) {
            for (var row : Sql.query(conn, "SELECT u.id, b.name, u.number FROM units u JOIN buildings b ON b.id = u.building_id"
                    + " WHERE u.id IN (" + Sql.placeholders(chunk.size()) + ")",
                    rs -> Map.entry(UUID.fromString(rs.getString(1)), rs.getString(2) + " " + rs.getString(3)),
                    chunk.toArray())) {
                out.put(row.getKey(), row.getValue());
            }
        }
        return out;
    }
}
