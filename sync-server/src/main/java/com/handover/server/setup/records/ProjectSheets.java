package com.handover.server.setup.records;

import static com.handover.server.setup.imports.ImportSheets.*;

import com.handover.model.DeliveryStandard;
import com.handover.model.checklist.ChecklistVocabulary;
import com.handover.model.checklist.WarrantyCategory;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.warranty.ProjectWarrantySettings;
import com.handover.server.setup.imports.ImportFile;
import com.handover.server.setup.imports.ImportRooms;
import com.handover.server.setup.imports.PeriodText;
import com.handover.server.setup.imports.SeasonText;
import com.handover.server.store.SiteStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored project written back as its import file, so that an edit of one record is checked by the import's
 * own rules and written by the import: the same checks, the same ids, nothing else changed.
 */
final class ProjectSheets {

    private final SiteStore sites;
    private final ChecklistVocabulary vocabulary;

    ProjectSheets(SiteStore sites, ChecklistVocabulary vocabulary) {
        this.sites = sites;
        this.vocabulary = vocabulary;
    }

    Map<String, List<Map<String, String>>> read(Connection c, Project p) throws SQLException {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        ProjectWarrantySettings settings = sites.warrantySettings(c, p.id());
        out.put(PROJECT, List.of(cells(PROJECT_CODE, p.code(), PROJECT_NAME, p.name(), CITY, p.city(),
                SERVICE_LIFE, String.valueOf(p.designServiceLifeYears()),
                HEATING, SeasonText.write(settings.heatingSeason()), COOLING, SeasonText.write(settings.coolingSeason()))));
        List<Map<String, String>> periods = new ArrayList<>();
        settings.agreedContractorPeriods().forEach((code, period) -> periods.add(cells(
                CATEGORY, vocabulary.warrantyCategory(code).map(WarrantyCategory::nameZh).orElse(code),
                PERIOD, PeriodText.zh(period))));
        out.put(WARRANTY, periods);
        Map<UUID, String> buildingNames = new HashMap<>();
        List<Map<String, String>> buildings = new ArrayList<>();
        for (SiteStore.BuildingSetup b : sites.buildingSetups(c, p.id())) {
            buildingNames.put(b.building().id(), b.building().name());
            buildings.add(cells(BUILDING, b.building().name(), FLOORS, String.valueOf(b.building().floors()),
                    COMPLETION, String.valueOf(b.completionAcceptance())));
        }
        out.put(BUILDINGS, buildings);
        out.put(UNIT_TYPES, unitTypes(c, p));
        out.put(UNITS, units(c, p, buildingNames));
        out.put(CONTRACTORS, contractors(c, p, buildingNames));
        return out;
    }

    private List<Map<String, String>> unitTypes(Connection c, Project p) throws SQLException {
        Map<UUID, DeliveryStandard> standards = sites.unitTypeStandards(c, p.id());
        for (Unit u : sites.units(c, p.id())) {
            standards.putIfAbsent(u.unitTypeId(), u.deliveryStandard());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (var t : sites.unitTypes(c, p.id())) {
            DeliveryStandard standard = standards.get(t.id());
            rows.add(cells(TYPE_CODE, t.code(), TYPE_NAME, t.name(), STANDARD,
                    standard == null ? null : standard.name(), ROOMS, ImportRooms.text(t.rooms())));
        }
        return rows;
    }

    private List<Map<String, String>> units(Connection c, Project p, Map<UUID, String> buildingNames)
            throws SQLException {
        Map<UUID, String> typeCodes = new HashMap<>();
        sites.unitTypes(c, p.id()).forEach(t -> typeCodes.put(t.id(), t.code()));
        Map<UUID, SiteStore.UnitSetup> setups = sites.unitSetups(c, p.id());
        List<Map<String, String>> rows = new ArrayList<>();
        for (Unit u : sites.units(c, p.id())) {
            SiteStore.UnitSetup s = setups.get(u.id());
            rows.add(cells(BUILDING, buildingNames.get(u.buildingId()), UNIT_NUMBER, u.number(),
                    FLOOR, String.valueOf(u.floor()), TYPE_CODE, typeCodes.get(u.unitTypeId()),
                    AREA, s == null || s.areaM2() == null ? null : s.areaM2().toPlainString(),
                    OWNER, u.ownerName(), PHONE, u.ownerPhone(),
                    PLANNED, s == null || s.plannedHandover() == null ? null : s.plannedHandover().toString()));
        }
        return rows;
    }

    private List<Map<String, String>> contractors(Connection c, Project p, Map<UUID, String> buildingNames)
            throws SQLException {
        Map<UUID, Contractor> byId = new HashMap<>();
        sites.contractors(c).forEach(k -> byId.put(k.id(), k));
        List<Map<String, String>> rows = new ArrayList<>();
        for (SiteStore.Responsibility r : sites.responsibilities(c, p.id())) {
            Contractor k = byId.get(r.contractorId());
            rows.add(cells(CONTRACTOR, k.name(), TRADE, r.trade(), BUILDING, buildingNames.get(r.buildingId()),
                    DEPOSIT, BigDecimal.valueOf(k.warrantyDepositFen(), 2).toPlainString(), CONTACT, k.responsiblePerson(), CONTACT_PHONE, k.repairPhone()));
        }
        return rows;
    }

    private static Map<String, String> cells(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                out.put(pairs[i], pairs[i + 1]);
            }
        }
        return out;
    }

    /** The sheets as an import file: header row 1, data from row 2. */
    static ImportFile file(Map<String, List<Map<String, String>>> sheets) {
        Map<String, ImportFile.Table> tables = new LinkedHashMap<>();
        sheets.forEach((sheet, rows) -> {
            List<ImportFile.Row> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                out.add(new ImportFile.Row(i + 2, rows.get(i)));
            }
            tables.put(sheet, new ImportFile.Table(sheet, COLUMNS.get(sheet), out));
        });
        return new ImportFile(tables);
    }
}
