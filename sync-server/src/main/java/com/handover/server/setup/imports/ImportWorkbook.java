package com.handover.server.setup.imports;

import com.handover.server.office.repair.csv.Csv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An import file being built: per sheet its rows of text under the layout's headers. Written as .xlsx or as
 * the sectioned UTF-8 csv; the template, the demo and tests build their files this way.
 */
public final class ImportWorkbook {

    private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

    public ImportWorkbook() {
        ImportSheets.COLUMNS.forEach((sheet, columns) -> {
            List<List<String>> rows = new ArrayList<>();
            rows.add(columns);
            sheets.put(sheet, rows);
        });
    }

    /** Adds a row to a sheet, its cells in the layout's column order. */
    public ImportWorkbook row(String sheet, String... cells) {
        sheets.get(sheet).add(List.of(cells));
        return this;
    }

    /** The sheets' rows, header first; for changing a copy in tests. */
    public Map<String, List<List<String>>> sheets() {
        return sheets;
    }

    public byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "handover", "1.0");
            for (var e : sheets.entrySet()) {
                Worksheet ws = wb.newWorksheet(e.getKey());
                for (int r = 0; r < e.getValue().size(); r++) {
                    List<String> row = e.getValue().get(r);
                    for (int col = 0; col < row.size(); col++) {
                        ws.value(r, col, row.get(col));
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** UTF-8 with a byte-order mark, so that Excel opens it as UTF-8. */
    public byte[] csv() {
        StringBuilder sb = new StringBuilder().append(Csv.BOM);
        for (var e : sheets.entrySet()) {
            sb.append('[').append(e.getKey()).append("]\r\n");
            sb.append(Csv.write(e.getValue()).substring(1));
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
