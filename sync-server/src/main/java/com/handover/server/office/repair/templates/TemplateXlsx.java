package com.handover.server.office.repair.templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** A template sheet as an Excel workbook (.xlsx): the first worksheet, one row per item. */
public final class TemplateXlsx {

    private TemplateXlsx() {
    }

    public static byte[] write(List<List<String>> rows, String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "handover", "1.0");
            Worksheet ws = wb.newWorksheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                for (int col = 0; col < rows.get(r).size(); col++) {
                    ws.value(r, col, rows.get(r).get(col));
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The rows of the first worksheet as text.
     *
     * @throws TemplateSheet.SheetException for a file that is not an Excel workbook or has too many rows
     */
    public static List<List<String>> read(byte[] bytes) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getFirstSheet();
            List<List<String>> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    if (rows.size() > TemplateSheet.MAX_ROWS + 1) {
                        throw new TemplateSheet.SheetException("the sheet has more than " + TemplateSheet.MAX_ROWS
                                + " item rows");
                    }
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        Cell cell = row.getCell(i);
                        cells.add(cell == null ? "" : cell.getText());
                    }
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof TemplateSheet.SheetException se) {
                throw se;
            }
            throw new TemplateSheet.SheetException("the file is not an Excel workbook (.xlsx) that can be read: "
                    + e.getMessage());
        }
    }
}
