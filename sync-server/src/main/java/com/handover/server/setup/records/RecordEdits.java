package com.handover.server.setup.records;

import com.handover.model.checklist.ChecklistVocabulary;
import com.handover.model.site.Project;
import com.handover.server.Components;
import com.handover.server.setup.imports.ImportCheck;
import com.handover.server.setup.imports.ImportProblem;
import com.handover.server.setup.imports.ImportRefused;
import com.handover.server.setup.imports.ImportSheets;
import com.handover.server.setup.imports.ProjectImport;
import com.handover.server.setup.imports.SiteIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Edits one set-up record (project, building, 户型, unit, contractor) of an imported project. The project is
 * written back as its import file with the one row changed, checked by the import's rules and written by the
 * import: ids stay those of the natural keys, so everything recorded against the record stays attached, and
 * nothing is written when any check fails.
 */
public final class RecordEdits {

    /** What an edit changes: the rows of {@code sheet} that {@code which} selects get {@code cells}. */
    public record Change(String sheet, Predicate<Map<String, String>> which, Map<String, String> cells) {
    }

    /** The problems of a refused edit: those of the edited row by column, the rest as whole messages. */
    public record Refusal(Map<String, ImportProblem> byColumn, List<ImportProblem> others) {
    }

    private final Components components;
    private final ChecklistVocabulary vocabulary;

    public RecordEdits(Components components, ChecklistVocabulary vocabulary) {
        this.components = components;
        this.vocabulary = vocabulary;
    }

    /** The project's records as import sheets (for showing them), or empty for an unknown project. */
    public Optional<Map<String, List<Map<String, String>>>> sheets(UUID projectId) {
        return components.db().read(c -> {
            Optional<Project> p = components.sites().project(c, projectId);
            return p.isEmpty() ? Optional.empty()
                    : Optional.of(new ProjectSheets(components.sites(), vocabulary).read(c, p.get()));
        });
    }

    /** Applies the change; empty when saved, else why nothing was. */
    public Optional<Refusal> apply(UUID projectId, Change change) {
        Map<String, List<Map<String, String>>> sheets = sheets(projectId).orElseThrow();
        if (!imported(sheets, projectId)) {
            return Optional.of(new Refusal(Map.of(), List.of(ImportProblem.ofFile("records.err.notImported"))));
        }
        Map<String, String> cells = new LinkedHashMap<>(change.cells());
        if (change.sheet().equals(ImportSheets.CONTRACTORS) && cells.containsKey(ImportSheets.CONTRACTOR)
                && !cells.containsKey(ImportSheets.DEPOSIT)) {
            contractorCells(sheets, cells.get(ImportSheets.CONTRACTOR)).forEach(cells::putIfAbsent);
        }
        List<Integer> edited = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        List<Map<String, String>> old = sheets.get(change.sheet());
        for (int i = 0; i < old.size(); i++) {
            Map<String, String> row = new LinkedHashMap<>(old.get(i));
            if (change.which().test(row)) {
                cells.forEach((column, value) -> put(row, column, value));
                edited.add(i + 2);
            }
            rows.add(row);
        }
        sheets.put(change.sheet(), rows);
        try {
            ProjectImport imports = new ProjectImport(components, vocabulary);
            imports.apply(new ImportCheck(vocabulary).check(ProjectSheets.file(sheets)));
            return Optional.empty();
        } catch (ImportRefused e) {
            return Optional.of(refusal(e.problems(), change.sheet(), edited));
        }
    }

    /**
     * Replaces the agreed warranty periods (category name → period text; blank: the statutory minimum applies).
     * A refusal names the problems by category name.
     */
    public Optional<Refusal> applyPeriods(UUID projectId, Map<String, String> periods) {
        Map<String, List<Map<String, String>>> sheets = sheets(projectId).orElseThrow();
        if (!imported(sheets, projectId)) {
            return Optional.of(new Refusal(Map.of(), List.of(ImportProblem.ofFile("records.err.notImported"))));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        periods.forEach((category, text) -> {
            if (text != null && !text.isBlank()) {
                rows.add(new LinkedHashMap<>(Map.of(ImportSheets.CATEGORY, category, ImportSheets.PERIOD, text.strip())));
            }
        });
        sheets.put(ImportSheets.WARRANTY, rows);
        try {
            new ProjectImport(components, vocabulary).apply(new ImportCheck(vocabulary).check(ProjectSheets.file(sheets)));
            return Optional.empty();
        } catch (ImportRefused e) {
            Map<String, ImportProblem> byCategory = new LinkedHashMap<>();
            List<ImportProblem> others = new ArrayList<>();
            for (ImportProblem p : e.problems()) {
                if (ImportSheets.WARRANTY.equals(p.sheet()) && p.row() >= 2 && p.row() - 2 < rows.size()) {
                    byCategory.putIfAbsent(rows.get(p.row() - 2).get(ImportSheets.CATEGORY), p);
                } else {
                    others.add(p);
                }
            }
            return Optional.of(new Refusal(byCategory, others));
        }
    }

    private static boolean imported(Map<String, List<Map<String, String>>> sheets, UUID projectId) {
        String code = sheets.get(ImportSheets.PROJECT).get(0).get(ImportSheets.PROJECT_CODE);
        return SiteIds.project(code).equals(projectId);
    }

    /** The deposit, contact and phone a contractor already has in this project, for a row newly naming it. */
    private static Map<String, String> contractorCells(Map<String, List<Map<String, String>>> sheets, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        sheets.get(ImportSheets.CONTRACTORS).stream().filter(r -> name.equals(r.get(ImportSheets.CONTRACTOR)))
                .findFirst().ifPresent(r -> {
                    for (String column : List.of(ImportSheets.DEPOSIT, ImportSheets.CONTACT, ImportSheets.CONTACT_PHONE)) {
                        out.put(column, r.get(column));
                    }
                });
        return out;
    }

    private static void put(Map<String, String> row, String column, String value) {
        if (value == null || value.isBlank()) {
            row.remove(column);
        } else {
            row.put(column, value.strip());
        }
    }

    private static Refusal refusal(List<ImportProblem> problems, String sheet, List<Integer> edited) {
        Map<String, ImportProblem> byColumn = new LinkedHashMap<>();
        List<ImportProblem> others = new ArrayList<>();
        for (ImportProblem p : problems) {
            if (sheet.equals(p.sheet()) && edited.contains(p.row()) && p.column() != null) {
                byColumn.putIfAbsent(p.column(), p);
            } else {
                others.add(p);
            }
        }
        return new Refusal(byColumn, others);
    }
}
