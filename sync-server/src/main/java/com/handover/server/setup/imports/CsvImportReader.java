package com.handover.server.setup.imports;

import com.handover.server.office.repair.csv.Csv;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a project import as one UTF-8 csv file: each sheet is a section that starts with a line holding only
 * its name in brackets ({@code [楼栋]} or {@code 【楼栋】}), followed by its header line and rows. A cell may
 * not span lines. A file that is not UTF-8 (typically GBK, as Excel saves "CSV" on Chinese Windows) is refused.
 */
public final class CsvImportReader {

    private CsvImportReader() {
    }

    public static ImportFile read(byte[] bytes) throws ImportRefused {
        String text = utf8(bytes);
        Map<String, List<ImportTables.RawRow>> sections = new LinkedHashMap<>();
        List<ImportTables.RawRow> current = null;
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith(String.valueOf(Csv.BOM)) ? lines[i].substring(1) : lines[i];
            String section = sectionName(line);
            if (section != null) {
                current = new ArrayList<>();
                sections.put(section, current);
            } else if (current != null && !line.isBlank()) {
                current.add(new ImportTables.RawRow(i + 1, cells(line, i + 1)));
            } else if (!line.isBlank()) {
                throw new ImportRefused(List.of(ImportProblem.ofFile("import.err.csvNoSection", i + 1)));
            }
        }
        Map<String, ImportFile.Table> sheets = new LinkedHashMap<>();
        for (var e : sections.entrySet()) {
            sheets.put(e.getKey(), ImportTables.table(e.getKey(), e.getValue()));
        }
        return new ImportFile(sheets);
    }

    private static String sectionName(String line) {
        String s = line.replace(",", "").strip();
        if (s.length() > 2 && (s.startsWith("[") && s.endsWith("]") || s.startsWith("【") && s.endsWith("】"))) {
            return s.substring(1, s.length() - 1).strip();
        }
        return null;
    }

    private static List<String> cells(String line, int number) throws ImportRefused {
        try {
            List<List<String>> records = Csv.parse(line, 1);
            return records.isEmpty() ? List.of() : records.get(0);
        } catch (Csv.FormatException e) {
            throw new ImportRefused(List.of(ImportProblem.ofFile("import.err.csvLine", number)));
        }
    }

    private static String utf8(byte[] bytes) throws ImportRefused {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            boolean gbk = decodes(bytes, Charset.forName("GBK"));
            throw new ImportRefused(List.of(ImportProblem.ofFile(gbk ? "import.err.gbk" : "import.err.notUtf8")));
        }
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
