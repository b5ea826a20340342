package com.handover.server.setup.imports;

import static com.handover.server.setup.imports.ImportSheets.*;

import com.handover.model.Checks;
import com.handover.model.checklist.Trade;
import com.handover.model.site.Contractor;
import com.handover.server.store.SiteStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 施工单位 sheet: which contractor answers for which trade in which building (全部 = every building),
 * with its 质保金 deposit, contact person and repair phone (seed R3). One contractor has one deposit.
 */
final class ContractorRows {

    static final String ALL_BUILDINGS = "全部";

    record Contractors(List<Contractor> contractors, List<SiteStore.Responsibility> responsibilities) {
    }

    private record Line(int row, String name, Set<String> trades, long depositFen, String contact, String phone) {
    }

    private final ImportCells cells;
    private final Map<String, SiteStore.BuildingSetup> buildings;
    private final List<Trade> trades;

    ContractorRows(ImportCells cells, Map<String, SiteStore.BuildingSetup> buildings, List<Trade> trades) {
        this.cells = cells;
        this.buildings = buildings;
        this.trades = trades;
    }

    Contractors read(ImportFile.Table table) {
        ImportCells.Unique pairs = cells.new Unique();
        Map<String, Line> byName = new LinkedHashMap<>();
        List<SiteStore.Responsibility> responsibilities = new ArrayList<>();
        String known = trades.stream().map(Trade::nameZh).collect(Collectors.joining("、"));
        for (ImportFile.Row row : table.rows()) {
            String name = cells.required(row, CONTRACTOR, Checks.MAX_NAME);
            Trade trade = cells.parsed(row, TRADE, true, v -> ImportCheck.trade(trades, v), "import.err.trade", known);
            String building = cells.parsed(row, BUILDING, true,
                    v -> Optional.of(v).filter(s -> s.equals(ALL_BUILDINGS) || buildings.containsKey(s)),
                    "import.err.unknownBuilding");
            BigDecimal deposit = cells.parsed(row, DEPOSIT, true, CellValues::decimal, "import.err.money");
            String contact = cells.optional(row, CONTACT, Checks.MAX_NAME);
            String phone = cells.parsed(row, CONTACT_PHONE, false, v -> Optional.of(v).filter(CellValues::phone),
                    "import.err.phone");
            if (name == null || trade == null || building == null || deposit == null) {
                continue;
            }
            long fen = deposit.movePointRight(2).longValueExact();
            Line line = merge(row, byName, new Line(row.number(), name, Set.of(trade.code()), fen, contact, phone));
            List<String> targets = building.equals(ALL_BUILDINGS) ? List.copyOf(buildings.keySet()) : List.of(building);
            for (String b : targets) {
                if (pairs.add(row, building.equals(ALL_BUILDINGS) ? BUILDING : TRADE, b + "\u0000" + trade.code())) {
                    responsibilities.add(new SiteStore.Responsibility(buildings.get(b).building().id(), trade.code(),
                            SiteIds.contractor(line.name())));
                }
            }
        }
        List<Contractor> contractors = byName.values().stream().map(l -> new Contractor(SiteIds.contractor(l.name()),
                l.name(), List.copyOf(l.trades()), l.phone(), l.contact(), l.depositFen())).toList();
        return new Contractors(contractors, responsibilities);
    }

    private Line merge(ImportFile.Row row, Map<String, Line> byName, Line line) {
        Line first = byName.get(line.name());
        if (first == null) {
            byName.put(line.name(), line);
            return line;
        }
        if (first.depositFen() != line.depositFen()) {
            cells.problem(row, DEPOSIT, "import.err.depositDiffers", String.valueOf(first.row()));
        }
        Set<String> all = new LinkedHashSet<>(first.trades());
        all.addAll(line.trades());
        Line merged = new Line(first.row(), first.name(), all, first.depositFen(),
                first.contact() != null ? first.contact() : line.contact(),
                first.phone() != null ? first.phone() : line.phone());
        byName.put(line.name(), merged);
        return merged;
    }
}
