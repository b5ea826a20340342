package com.handover.server.setup.imports;

import static com.handover.server.setup.imports.ImportSheets.*;

import com.handover.model.Checks;
import com.handover.model.DeliveryStandard;
import com.handover.model.site.UnitType;
import com.handover.server.store.SiteStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 户型 sheet: code, name, delivery standard (装修 or 毛坯) and rooms. Floor plans are uploaded on the page. */
final class UnitTypeRows {

    private final ImportCells cells;

    UnitTypeRows(ImportCells cells) {
        this.cells = cells;
    }

    /** By 户型编号. */
    Map<String, SiteStore.UnitTypeSetup> read(ImportFile.Table table, String projectCode) {
        ImportCells.Unique codes = cells.new Unique();
        Map<String, SiteStore.UnitTypeSetup> out = new LinkedHashMap<>();
        for (ImportFile.Row row : table.rows()) {
            String code = cells.parsed(row, TYPE_CODE, true, v -> Optional.of(v).filter(s -> s.matches(ImportCheck.CODE)),
                    "import.err.code");
            String name = cells.required(row, TYPE_NAME, Checks.MAX_NAME);
            DeliveryStandard standard = cells.parsed(row, STANDARD, true, CellValues::standard, "import.err.standard");
            List<String> rooms = cells.parsed(row, ROOMS, true, CellValues::rooms, "import.err.rooms");
            if (code != null && codes.add(row, TYPE_CODE, code) && name != null && standard != null && rooms != null) {
                UnitType type = new UnitType(SiteIds.unitType(projectCode, code), SiteIds.project(projectCode), code,
                        name, rooms, null);
                out.put(code, new SiteStore.UnitTypeSetup(type, standard));
            }
        }
        return out;
    }
}
