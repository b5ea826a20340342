package com.handover.server.setup.imports;

import java.util.List;
import java.util.Map;

/**
 * A project import file as read, before any check: per sheet (or csv section) its header and its rows of text.
 *
 * @param sheets by sheet name, in file order
 */
public record ImportFile(Map<String, Table> sheets) {

    /** A sheet: its column headers (trimmed) and the rows below them. */
    public record Table(String sheet, List<String> headers, List<Row> rows) {
    }

    /**
     * One row of a sheet.
     *
     * @param number the row number as the customer's spreadsheet shows it (the header is row 1)
     * @param cells  the cells by column header; a missing or blank cell is absent
     */
    public record Row(int number, Map<String, String> cells) {
        public String get(String column) {
            return cells.get(column);
        }
    }
}
