package com.handover.server.setup.imports;

import static com.handover.server.setup.imports.ImportSheets.*;

import com.handover.model.Checks;
import com.handover.model.checklist.ChecklistVocabulary;
import com.handover.model.checklist.Trade;
import com.handover.model.checklist.WarrantyCategory;
import com.handover.model.checklist.WarrantyPeriod;
import com.handover.model.site.Building;
import com.handover.model.site.Project;
import com.handover.model.warranty.StatutoryFloor;
import com.handover.server.store.SiteStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a whole import file and turns it into an {@link ImportPlan}; every problem of every row is collected
 * before anything is refused, so the customer sees them all at once.
 */
public final class ImportCheck {

    static final String CODE = "[A-Z][A-Z0-9_-]{0,63}";

    private final ChecklistVocabulary vocabulary;
    private final List<ImportProblem> problems = new ArrayList<>();

    public ImportCheck(ChecklistVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public ImportPlan check(ImportFile file) throws ImportRefused {
        checkLayout(file);
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        ImportFile.Table warranty = file.sheets().getOrDefault(WARRANTY, new ImportFile.Table(WARRANTY, List.of(), List.of()));
        Project draft = project(file.sheets().get(PROJECT));
        SiteStore.ProjectSeasons seasons = seasons(file.sheets().get(PROJECT));
        String code = draft == null ? "?" : draft.code();
        Map<String, SiteStore.BuildingSetup> buildings = buildings(file.sheets().get(BUILDINGS), code);
        Map<String, WarrantyPeriod> periods = periods(warranty);
        var types = new UnitTypeRows(new ImportCells(UNIT_TYPES, problems)).read(file.sheets().get(UNIT_TYPES), code);
        var units = new UnitRows(new ImportCells(UNITS, problems), buildings, types)
                .read(file.sheets().get(UNITS), code);
        var contractors = new ContractorRows(new ImportCells(CONTRACTORS, problems), buildings, vocabulary.trades())
                .read(file.sheets().get(CONTRACTORS));
        if (draft == null || buildings.isEmpty() || !problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        LocalDate firstCompletion = buildings.values().stream().map(SiteStore.BuildingSetup::completionAcceptance)
                .min(Comparator.naturalOrder()).orElseThrow();
        Project project = new Project(draft.id(), draft.code(), draft.name(), draft.city(), firstCompletion,
                draft.designServiceLifeYears());
        return new ImportPlan(project, periods, seasons, List.copyOf(buildings.values()), List.copyOf(types.values()),
                units.units(), units.details(), contractors.contractors(), contractors.responsibilities());
    }

    private void checkLayout(ImportFile file) {
        ImportSheets.COLUMNS.forEach((sheet, columns) -> {
            ImportFile.Table table = file.sheets().get(sheet);
            if (table == null) {
                if (!OPTIONAL_SHEETS.contains(sheet)) {
                    problems.add(ImportProblem.ofSheet(sheet, "import.err.missingSheet"));
                }
                return;
            }
            for (String column : columns) {
                if (!OPTIONAL.contains(column) && !table.headers().contains(column)) {
                    problems.add(ImportProblem.ofSheet(sheet, "import.err.missingColumn", column));
                }
            }
        });
    }

    private Project project(ImportFile.Table table) {
        ImportCells cells = new ImportCells(PROJECT, problems);
        if (table.rows().size() != 1) {
            problems.add(ImportProblem.ofSheet(PROJECT, "import.err.oneProject", table.rows().size()));
            return null;
        }
        ImportFile.Row row = table.rows().get(0);
        String code = cells.parsed(row, PROJECT_CODE, true, v -> Optional.of(v).filter(s -> s.matches(CODE)),
                "import.err.code");
        String name = cells.required(row, PROJECT_NAME, Checks.MAX_NAME);
        String city = cells.required(row, CITY, Checks.MAX_NAME);
        Integer life = cells.parsed(row, SERVICE_LIFE, false, v -> CellValues.integer(v, 1, 200),
                "import.err.integer", 1, 200);
        if (code == null || name == null || city == null || row.get(SERVICE_LIFE) != null && life == null) {
            return null;
        }
        return new Project(SiteIds.project(code), code, name, city, LocalDate.EPOCH, life == null ? 50 : life);
    }

    /** The project's own seasons, where its row sets them; blank cells leave the city's calendar in force. */
    private SiteStore.ProjectSeasons seasons(ImportFile.Table table) {
        if (table.rows().size() != 1) {
            return SiteStore.ProjectSeasons.OF_THE_CITY;
        }
        ImportCells cells = new ImportCells(PROJECT, problems);
        ImportFile.Row row = table.rows().get(0);
        return new SiteStore.ProjectSeasons(cells.parsed(row, HEATING, false, SeasonText::read, "import.err.season"),
                cells.parsed(row, COOLING, false, SeasonText::read, "import.err.season"));
    }

    private Map<String, SiteStore.BuildingSetup> buildings(ImportFile.Table table, String code) {
        ImportCells cells = new ImportCells(BUILDINGS, problems);
        ImportCells.Unique names = cells.new Unique();
        Map<String, SiteStore.BuildingSetup> out = new LinkedHashMap<>();
        for (ImportFile.Row row : table.rows()) {
            String name = cells.required(row, BUILDING, Checks.MAX_NAME);
            Integer floors = cells.parsed(row, FLOORS, true, v -> CellValues.integer(v, 1, 200),
                    "import.err.integer", 1, 200);
            LocalDate done = cells.parsed(row, COMPLETION, true, CellValues::date, "import.err.date");
            if (name != null && names.add(row, BUILDING, name) && floors != null && done != null) {
                out.put(name, new SiteStore.BuildingSetup(new Building(SiteIds.building(code, name),
                        SiteIds.project(code), name, floors), done));
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(ImportProblem.ofSheet(BUILDINGS, "import.err.noRows"));
        }
        return out;
    }

    private Map<String, WarrantyPeriod> periods(ImportFile.Table table) {
        ImportCells cells = new ImportCells(WARRANTY, problems);
        ImportCells.Unique seen = cells.new Unique();
        String known = vocabulary.warrantyCategories().stream().map(WarrantyCategory::nameZh)
                .collect(Collectors.joining("、"));
        Map<String, WarrantyPeriod> out = new LinkedHashMap<>();
        for (ImportFile.Row row : table.rows()) {
            WarrantyCategory category = cells.parsed(row, CATEGORY, true, this::category, "import.err.category", known);
            WarrantyPeriod period = cells.parsed(row, PERIOD, true, CellValues::period, "import.err.period");
            if (category == null || period == null || !seen.add(row, CATEGORY, category.code())) {
                continue;
            }
            if (!StatutoryFloor.respects(category, period)) {
                cells.problem(row, PERIOD, "import.err.belowStatute", row.get(PERIOD), category.nameZh(),
                        category.contractorBasisZh());
                continue;
            }
            out.put(category.code(), period);
        }
        return out;
    }

    private Optional<WarrantyCategory> category(String text) {
        return vocabulary.warrantyCategories().stream()
                .filter(c -> c.nameZh().equals(text) || c.code().equals(text)).findFirst();
    }

    /** The trades of the vocabulary, by Chinese name or code. */
    static Optional<Trade> trade(List<Trade> trades, String text) {
        return trades.stream().filter(t -> t.nameZh().equals(text) || t.code().equals(text)).findFirst();
    }
}
