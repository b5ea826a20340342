package com.handover.server.setup.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads a project import workbook (.xlsx): one worksheet per sheet of {@link ImportSheets}. */
public final class XlsxImportReader {

    private XlsxImportReader() {
    }

    public static ImportFile read(byte[] bytes) throws ImportRefused {
        Map<String, ImportFile.Table> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                String name = sheet.getName().strip();
                sheets.put(name, ImportTables.table(name, rows(sheet)));
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportRefused(List.of(ImportProblem.ofFile("import.err.notXlsx")));
        }
        return new ImportFile(sheets);
    }

    private static List<ImportTables.RawRow> rows(Sheet sheet) throws IOException, ImportRefused {
        List<ImportTables.RawRow> out = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                if (out.size() > ImportTables.MAX_ROWS + 1) {
                    throw new ImportRefused(List.of(ImportProblem.ofSheet(sheet.getName(), "import.err.tooManyRows",
                            ImportTables.MAX_ROWS)));
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : cell.getText());
                }
                out.add(new ImportTables.RawRow(row.getRowNum(), cells));
            }
        }
        return out;
    }
}
