package com.handover.server.office.query;

import com.handover.model.Severity;
import com.handover.model.sla.ComplaintSla;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.HlcClock;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.clock.RepairClock;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.office.web.ChartSpec;
import com.handover.server.office.web.Messages;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Computes the dashboard from the materialised tables. */
public final class DashboardQueries {

    /** Days shown in "handovers per day". */
    public static final int HANDOVER_DAYS = 30;
    /** Items listed with the lowest first-time pass rate. */
    public static final int WORST_ITEMS = 10;
    /** Work orders listed as due today or overdue. */
    public static final int DUE_ORDERS = 30;
    /** Warranty expiries listed. */
    public static final int EXPIRING_LISTED = 15;
    /** A device that has not synced for this long is listed. */
    public static final Duration STALE_AFTER = Duration.ofDays(1);
    /** Age buckets of open defects, in days: up to 7, 30, 90, and older. */
    static final int[] AGE_LIMITS = {7, 30, 90};

    private final FirstTimeResults firstTime = new FirstTimeResults();
    private final RepairClock repairClock;
    private final ComplaintSla complaintSla;
    private final ZoneId zone;

    public DashboardQueries(RepairClock repairClock, ZoneId zone) {
        this.repairClock = repairClock;
        this.complaintSla = repairClock.complaints();
        this.zone = zone;
    }

    public DashboardView view(Connection c, ChecklistNames names, Messages msg, Instant now) throws SQLException {
        LocalDate today = now.atZone(zone).toLocalDate();
        int units = (int) Sql.count(c, "SELECT COUNT(*) FROM units");
        int handedOver = (int) Sql.count(c, "SELECT COUNT(DISTINCT unit_id) FROM inspections WHERE status = 'SIGNED'"
                + " AND decision IN ('ACCEPT', 'ACCEPT_WITH_DEFECTS')");
        ChartSpec perDay = handoversPerDay(c, msg, today);
        List<FirstTimeResults.Findings> first = firstTime.all(c);
        ChartSpec byBuilding = passByBuilding(c, first, msg);
        List<DashboardView.ItemRate> items = itemRates(first, names, msg);
        ChartSpec byTrade = passByTrade(first, names, msg);
        List<Map.Entry<Severity, Long>> openDefects = openDefects(c);
        ChartSpec byAge = defectsByAge(openDefects, msg, now);
        List<DashboardView.DueOrder> due = dueOrders(c, now, today);
        int overdue = (int) due.stream().filter(DashboardView.DueOrder::overdue).count();
        int dueToday = due.size() - overdue;
        List<DashboardView.DueOrder> shown = due.subList(0, Math.min(DUE_ORDERS, due.size()));
        fillDescriptions(c, shown);
        int complaintsLate = lateComplaints(c, now);
        DashboardView.Expiring expiring = expiring(c, today);
        List<DashboardView.StaleDevice> stale = staleDevices(c, now);
        return new DashboardView(new DashboardView.Kpis(units, handedOver, openDefects.size(), overdue, dueToday,
                complaintsLate, stale.size()), perDay, byBuilding, byTrade, items, byAge,
                new ArrayList<>(shown), expiring, stale);
    }

    private ChartSpec handoversPerDay(Connection c, Messages msg, LocalDate today) throws SQLException {
        LocalDate first = today.minusDays(HANDOVER_DAYS - 1L);
        long from = first.atStartOfDay(zone).toInstant().toEpochMilli();
        Map<LocalDate, int[]> days = new TreeMap<>();
        for (int i = 0; i < HANDOVER_DAYS; i++) {
            days.put(first.plusDays(i), new int[3]);
        }
        for (var row : Sql.query(c, "SELECT signed_at_ms, decision FROM inspections WHERE status = 'SIGNED'"
                + " AND kind = 'HANDOVER' AND signed_at_ms >= ?", rs -> Map.entry(rs.getLong(1), rs.getString(2)), from)) {
            int[] counts = days.get(Instant.ofEpochMilli(row.getKey()).atZone(zone).toLocalDate());
            if (counts != null) {
                counts[switch (row.getValue()) {
                    case "ACCEPT" -> 0;
                    case "ACCEPT_WITH_DEFECTS" -> 1;
                    default -> 2;
                }]++;
            }
        }
        List<String> labels = days.keySet().stream().map(d -> d.getMonthValue() + "-" + d.getDayOfMonth()).toList();
        List<Integer> accepted = days.values().stream().map(a -> a[0]).toList();
        List<Integer> withDefects = days.values().stream().map(a -> a[1]).toList();
        List<Integer> refused = days.values().stream().map(a -> a[2]).toList();
        return new ChartSpec("stacked", labels, List.of(
                new ChartSpec.Series(msg.t("enum.SignOffDecision.ACCEPT"), accepted, "#1f7a4d"),
                new ChartSpec.Series(msg.t("enum.SignOffDecision.ACCEPT_WITH_DEFECTS"), withDefects, "#d08a1a"),
                new ChartSpec.Series(msg.t("enum.SignOffDecision.REFUSE"), refused, "#b42318")), false);
    }

    private ChartSpec passByBuilding(Connection c, List<FirstTimeResults.Findings> first, Messages msg)
            throws SQLException {
        Map<UUID, UUID> buildingOfUnit = new HashMap<>();
        Map<UUID, String> buildingNames = new TreeMap<>();
        for (var row : Sql.query(c, "SELECT u.id, u.building_id, b.name FROM units u JOIN buildings b ON b.id = u.building_id",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
            buildingOfUnit.put(UUID.fromString(row[0]), UUID.fromString(row[1]));
            buildingNames.put(UUID.fromString(row[1]), row[2]);
        }
        Map<String, int[]> byName = new TreeMap<>();
        for (FirstTimeResults.Findings f : first) {
            UUID b = buildingOfUnit.get(f.unitId());
            if (b == null) {
                continue;
            }
            int[] counts = byName.computeIfAbsent(buildingNames.get(b), k -> new int[2]);
            counts[0]++;
            if (f.passed()) {
                counts[1]++;
            }
        }
        List<String> names = new ArrayList<>(byName.keySet());
        List<Double> rates = byName.values().stream().map(a -> round1(100.0 * a[1] / a[0])).toList();
        return new ChartSpec("bar", names, List.of(new ChartSpec.Series(msg.t("dash.passRate"), rates, "#1e5aa8")), true);
    }

    private static List<DashboardView.ItemRate> itemRates(List<FirstTimeResults.Findings> first, ChecklistNames names,
                                                          Messages msg) {
        Map<String, int[]> counts = new HashMap<>();
        for (FirstTimeResults.Findings f : first) {
            f.answered().forEach(code -> counts.computeIfAbsent(code, k -> new int[2])[0]++);
            f.failed().forEach(code -> counts.computeIfAbsent(code, k -> new int[2])[1]++);
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue()[1] > 0)
                .map(e -> new DashboardView.ItemRate(e.getKey(), names.anyItem(e.getKey(), msg.lang()),
                        names.trade(names.anyTradeOfItem(e.getKey()), msg.lang()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingDouble(DashboardView.ItemRate::passRate)
                        .thenComparing(DashboardView.ItemRate::itemCode))
                .limit(WORST_ITEMS)
                .toList();
    }

    private static ChartSpec passByTrade(List<FirstTimeResults.Findings> first, ChecklistNames names, Messages msg) {
        // A unit passes a trade when none of that trade's items failed at its first handover inspection.
        Map<String, int[]> byTrade = new TreeMap<>();
        for (FirstTimeResults.Findings f : first) {
            Map<String, Boolean> tradePassed = new HashMap<>();
            for (String code : f.answered()) {
                String trade = names.tradeOfItem(f.templateCode(), f.templateVersion(), code);
                if (trade != null) {
                    tradePassed.merge(trade, !f.failed().contains(code), Boolean::logicalAnd);
                }
            }
            tradePassed.forEach((trade, passed) -> {
                int[] a = byTrade.computeIfAbsent(trade, k -> new int[2]);
                a[0]++;
                if (passed) {
                    a[1]++;
                }
            });
        }
        List<String> labels = byTrade.keySet().stream().map(t -> names.trade(t, msg.lang())).toList();
        List<Double> rates = byTrade.values().stream().map(a -> round1(100.0 * a[1] / a[0])).toList();
        return new ChartSpec("hbar", labels, List.of(new ChartSpec.Series(msg.t("dash.passRate"), rates, "#1e5aa8")), true);
    }

    private static List<Map.Entry<Severity, Long>> openDefects(Connection c) throws SQLException {
        return Sql.query(c, "SELECT severity, opened_hlc FROM defects WHERE status NOT IN ('CLOSED', 'VOID')",
                rs -> Map.entry(Severity.valueOf(rs.getString(1)), Hlc.parse(rs.getString(2)).wallMillis()));
    }

    private static ChartSpec defectsByAge(List<Map.Entry<Severity, Long>> open, Messages msg, Instant now) {
        Map<Severity, int[]> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, new int[AGE_LIMITS.length + 1]);
        }
        for (var e : open) {
            long days = Duration.ofMillis(Math.max(0, now.toEpochMilli() - e.getValue())).toDays();
            int bucket = AGE_LIMITS.length;
            for (int i = 0; i < AGE_LIMITS.length; i++) {
                if (days <= AGE_LIMITS[i]) {
                    bucket = i;
                    break;
                }
            }
            counts.get(e.getKey())[bucket]++;
        }
        List<String> buckets = List.of(msg.t("dash.age.week"), msg.t("dash.age.month"), msg.t("dash.age.quarter"),
                msg.t("dash.age.older"));
        String[] colours = {"#b42318", "#d08a1a", "#52606d", "#7b4fc9"};
        List<ChartSpec.Series> series = new ArrayList<>();
        for (Severity s : Severity.values()) {
            int[] a = counts.get(s);
            series.add(new ChartSpec.Series(msg.label(s), List.of(a[0], a[1], a[2], a[3]), colours[s.ordinal()]));
        }
        return new ChartSpec("stacked", buckets, series, false);
    }

    /** Orders nobody is on site for yet whose on-site deadline passed or ends today, by the board's clock. */
    private List<DashboardView.DueOrder> dueOrders(Connection c, Instant now, LocalDate today) throws SQLException {
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<WorkOrderRow> kept = new ArrayList<>();
        List<RepairClock.Status> clocks = new ArrayList<>();
        for (WorkOrderRow w : WorkOrderRows.open(c)) {
            if (!w.awaitingArrival()) {
                continue;
            }
            RepairClock.Status s = repairClock.status(w, now);
            if (s.late() || s.deadline().due().isBefore(endOfToday)) {
                kept.add(w);
                clocks.add(s);
            }
        }
        Map<UUID, String> contractors = new HashMap<>();
        Sql.query(c, "SELECT id, name FROM contractors", rs -> Map.entry(Sql.uuid(rs, "id"), rs.getString(2)))
                .forEach(e -> contractors.put(e.getKey(), e.getValue()));
        Map<UUID, String> labels = UnitLabels.of(c, kept.stream().map(WorkOrderRow::unitId).toList());
        List<DashboardView.DueOrder> due = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            WorkOrderRow w = kept.get(i);
            RepairClock.Status s = clocks.get(i);
            due.add(new DashboardView.DueOrder(w.id(), w.unitId(), labels.get(w.unitId()), null, w.severity(),
                    w.status(), w.contractorId() == null ? null : contractors.get(w.contractorId()),
                    s.deadline().due(), s.late()));
        }
        due.sort(Comparator.comparing(DashboardView.DueOrder::deadline));
        return due;
    }

    private static void fillDescriptions(Connection c, List<DashboardView.DueOrder> shown) throws SQLException {
        Map<UUID, String> descriptions = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(shown.stream().map(DashboardView.DueOrder::id).toList())) {
            for (WorkOrderState w : Sql.query(c, "SELECT state_json FROM work_orders WHERE id IN ("
                    + Sql.placeholders(chunk.size()) + ")", rs -> Json.read(rs.getString(1), WorkOrderState.class),
                    chunk.toArray())) {
                descriptions.put(w.id(), w.description());
            }
        }
        shown.replaceAll(o -> new DashboardView.DueOrder(o.id(), o.unitId(), o.unitLabel(), descriptions.get(o.id()),
                o.severity(), o.status(), o.contractor(), o.deadline(), o.overdue()));
    }

    private int lateComplaints(Connection c, Instant now) throws SQLException {
        int late = 0;
        for (long received : Sql.query(c, "SELECT received_at_ms FROM complaints WHERE status = 'RECEIVED'",
                rs -> rs.getLong(1))) {
            if (complaintSla.answeredLate(Instant.ofEpochMilli(received), null, now)) {
                late++;
            }
        }
        return late;
    }

    private static DashboardView.Expiring expiring(Connection c, LocalDate today) throws SQLException {
        String from = today.toString();
        int in30 = (int) Sql.count(c, "SELECT COUNT(*) FROM unit_warranty WHERE buyer_expiry >= ? AND buyer_expiry <= ?",
                from, today.plusDays(30).toString());
        int in90 = (int) Sql.count(c, "SELECT COUNT(*) FROM unit_warranty WHERE buyer_expiry >= ? AND buyer_expiry <= ?",
                from, today.plusDays(90).toString());
        record Row(UUID unit, String category, String expiry) {
        }
        List<Row> rows = Sql.query(c, "SELECT unit_id, category, buyer_expiry FROM unit_warranty WHERE buyer_expiry >= ?"
                + " AND buyer_expiry <= ? ORDER BY buyer_expiry, unit_id LIMIT ?", rs -> new Row(Sql.uuid(rs, "unit_id"),
                rs.getString(2), rs.getString(3)), from, today.plusDays(90).toString(), EXPIRING_LISTED);
        Map<UUID, String> labels = UnitLabels.of(c, rows.stream().map(Row::unit).toList());
        return new DashboardView.Expiring(in30, in90, rows.stream().map(r -> new DashboardView.ExpiringTerm(r.unit(),
                labels.get(r.unit()), r.category(), LocalDate.parse(r.expiry()))).toList());
    }

    private static List<DashboardView.StaleDevice> staleDevices(Connection c, Instant now) throws SQLException {
        long before = now.minus(STALE_AFTER).toEpochMilli();
        return Sql.query(c, "SELECT device_id, device_name, username, last_sync_at FROM devices"
                + " WHERE last_sync_at IS NULL OR last_sync_at < ? ORDER BY last_sync_at", rs -> new DashboardView.StaleDevice(
                rs.getString(1), rs.getString(2), rs.getString(3), Sql.nullableLong(rs, "last_sync_at")), before);
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The drift beyond which sync review flags a device's clock. */
    public static final Duration CLOCK_DRIFT_FLAG = HlcClock.DEFAULT_MAX_DRIFT;
}
