package com.handover.server.setup.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a sheet's raw rows (first non-empty row = header) into an {@link ImportFile.Table}. */
final class ImportTables {

    /** Most data rows in one sheet or section. */
    static final int MAX_ROWS = 50_000;

    private ImportTables() {
    }

    /** A raw row with its number in the file. */
    record RawRow(int number, List<String> cells) {
    }

    static ImportFile.Table table(String sheet, List<RawRow> raw) throws ImportRefused {
        List<RawRow> rows = raw.stream().filter(r -> r.cells().stream().anyMatch(c -> c != null && !c.isBlank()))
                .toList();
        if (rows.size() > MAX_ROWS + 1) {
            throw new ImportRefused(List.of(ImportProblem.ofSheet(sheet, "import.err.tooManyRows", MAX_ROWS)));
        }
        if (rows.isEmpty()) {
            return new ImportFile.Table(sheet, List.of(), List.of());
        }
        List<String> headers = rows.get(0).cells().stream().map(ImportTables::clean).toList();
        List<ImportFile.Row> out = new ArrayList<>();
        for (RawRow r : rows.subList(1, rows.size())) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < headers.size() && i < r.cells().size(); i++) {
                String v = clean(r.cells().get(i));
                if (!headers.get(i).isEmpty() && !v.isEmpty()) {
                    cells.put(headers.get(i), v);
                }
            }
            out.add(new ImportFile.Row(r.number(), cells));
        }
        return new ImportFile.Table(sheet, headers, out);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\u00A0', ' ').strip();
    }
}
