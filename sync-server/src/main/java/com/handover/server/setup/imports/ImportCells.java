package com.handover.server.setup.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads cells of one sheet and collects a problem for each cell that is missing, too long or unreadable. */
final class ImportCells {

    private final String sheet;
    private final List<ImportProblem> problems;

    ImportCells(String sheet, List<ImportProblem> problems) {
        this.sheet = sheet;
        this.problems = problems;
    }

    String sheet() {
        return sheet;
    }

    void problem(ImportFile.Row row, String column, String key, Object... args) {
        problems.add(ImportProblem.at(sheet, row, column, key, args));
    }

    /** A required text cell of at most {@code max} characters; null (with a problem) when missing or too long. */
    String required(ImportFile.Row row, String column, int max) {
        String v = row.get(column);
        if (v == null) {
            problem(row, column, "import.err.required");
            return null;
        }
        return length(row, column, v, max);
    }

    /** An optional text cell; null when blank or too long (then with a problem). */
    String optional(ImportFile.Row row, String column, int max) {
        String v = row.get(column);
        return v == null ? null : length(row, column, v, max);
    }

    private String length(ImportFile.Row row, String column, String v, int max) {
        if (v.length() > max) {
            problem(row, column, "import.err.tooLong", max);
            return null;
        }
        return v;
    }

    /** A cell read by {@code parse}; a problem with {@code key} (first argument: the text) when it does not read. */
    <T> T parsed(ImportFile.Row row, String column, boolean required, Function<String, Optional<T>> parse,
                 String key, Object... args) {
        String v = row.get(column);
        if (v == null) {
            if (required) {
                problem(row, column, "import.err.required");
            }
            return null;
        }
        Optional<T> value = parse.apply(v);
        if (value.isEmpty()) {
            List<Object> all = new ArrayList<>();
            all.add(v);
            all.addAll(List.of(args));
            problem(row, column, key, all.toArray());
        }
        return value.orElse(null);
    }

    /** Remembers keys by row; a key seen before is a problem naming the first row. */
    final class Unique {
        private final Map<String, Integer> seen = new HashMap<>();

        boolean add(ImportFile.Row row, String column, String key) {
            Integer first = seen.putIfAbsent(key, row.number());
            if (first != null) {
                problem(row, column, "import.err.duplicate", String.valueOf(first));
                return false;
            }
            return true;
        }
    }
}
