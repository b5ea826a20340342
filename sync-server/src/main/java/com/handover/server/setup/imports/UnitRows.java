package com.handover.server.setup.imports;

import static com.handover.server.setup.imports.ImportSheets.*;

import com.handover.model.Checks;
import com.handover.model.site.Unit;
import com.handover.server.store.SiteStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 房屋 sheet: one row per unit, with its owner and notified handover date. */
final class UnitRows {

    record Units(List<Unit> units, List<SiteStore.UnitSetup> details) {
    }

    private final ImportCells cells;
    private final Map<String, SiteStore.BuildingSetup> buildings;
    private final Map<String, SiteStore.UnitTypeSetup> types;

    UnitRows(ImportCells cells, Map<String, SiteStore.BuildingSetup> buildings,
             Map<String, SiteStore.UnitTypeSetup> types) {
        this.cells = cells;
        this.buildings = buildings;
        this.types = types;
    }

    Units read(ImportFile.Table table, String projectCode) {
        ImportCells.Unique numbers = cells.new Unique();
        List<Unit> units = new ArrayList<>();
        List<SiteStore.UnitSetup> details = new ArrayList<>();
        for (ImportFile.Row row : table.rows()) {
            String building = cells.parsed(row, BUILDING, true, v -> Optional.of(v).filter(buildings::containsKey),
                    "import.err.unknownBuilding");
            String number = cells.required(row, UNIT_NUMBER, 32);
            Integer floor = cells.parsed(row, FLOOR, true, v -> CellValues.integer(v, -5, 200),
                    "import.err.integer", -5, 200);
            var type = cells.parsed(row, TYPE_CODE, true, v -> Optional.ofNullable(types.get(v)),
                    "import.err.unknownType");
            BigDecimal area = cells.parsed(row, AREA, false, CellValues::decimal, "import.err.area");
            String owner = cells.optional(row, OWNER, Checks.MAX_NAME);
            String phone = cells.parsed(row, PHONE, false, v -> Optional.of(v).filter(CellValues::phone),
                    "import.err.phone");
            LocalDate planned = cells.parsed(row, PLANNED, false, CellValues::date, "import.err.date");
            boolean unique = building == null || number == null || numbers.add(row, UNIT_NUMBER, building + "\u0000" + number);
            if (building != null && floor != null && floor > buildings.get(building).building().floors()) {
                cells.problem(row, FLOOR, "import.err.floorAbove", floor, buildings.get(building).building().floors());
                floor = null;
            }
            if (building == null || number == null || floor == null || type == null || !unique) {
                continue;
            }
            var b = buildings.get(building).building();
            Unit unit = new Unit(SiteIds.unit(projectCode, building, number), b.projectId(), b.id(), number, floor,
                    type.standard(), type.type().id(), owner, phone);
            units.add(unit);
            details.add(new SiteStore.UnitSetup(unit.id(), area, planned));
        }
        return new Units(units, details);
    }
}
