package com.handover.server.setup.imports;

import java.util.List;

/**
 * One thing wrong with an import file: where (sheet, row, column; row 0 and a null column for the sheet as a
 * whole) and what, as a message key of the console bundles with its arguments.
 */
public record ImportProblem(String sheet, int row, String column, String key, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem at(String sheet, ImportFile.Row row, String column, String key, Object... args) {
        return new ImportProblem(sheet, row.number(), column, key, List.of(args));
    }

    public static ImportProblem ofSheet(String sheet, String key, Object... args) {
        return new ImportProblem(sheet, 0, null, key, List.of(args));
    }

    public static ImportProblem ofFile(String key, Object... args) {
        return new ImportProblem(null, 0, null, key, List.of(args));
    }
}
