package com.handover.server.office.repair.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void writesWithAByteOrderMarkAndReadsItsOwnOutputBack() {
        List<List<String>> rows = List.of(List.of("房号", "描述", "金额"),
                List.of("1-101", "卫生间\"漏水\", 楼下渗水\n第二行", "800.00"), List.of("", "", ""));
        String text = Csv.write(rows);
        assertEquals(Csv.BOM, text.charAt(0), "Excel needs the BOM to read UTF-8 Chinese");
        assertTrue(text.contains("\"卫生间\"\"漏水\"\", 楼下渗水\n第二行\""));
        assertEquals(rows, Csv.parse(text, 10));
    }

    @Test
    void readsLfAndCrlfLineEndsAndSkipsEmptyLines() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "")), Csv.parse("a,b\r\n\r\nc,\n", 10));
    }

    @Test
    void refusesBrokenQuotesAndTooManyLinesWithTheLineNumber() {
        Csv.FormatException open = assertThrows(Csv.FormatException.class, () -> Csv.parse("a,b\n\"c,d\n", 10));
        assertEquals(3, open.line());
        Csv.FormatException after = assertThrows(Csv.FormatException.class, () -> Csv.parse("a,\"b\"x\n", 10));
        assertEquals(1, after.line());
        assertThrows(Csv.FormatException.class, () -> Csv.parse("a\nb\nc\n", 2));
    }

    @Test
    void cellsThatExcelWouldRunAsFormulasAreWrittenAsText() {
        assertEquals("'=HYPERLINK(\"x\")", Csv.parse(Csv.write(List.of(List.of("=HYPERLINK(\"x\")"))), 1).get(0).get(0));
        assertEquals("-12.50", Csv.escape("-12.50"), "negative numbers stay numbers");
        assertEquals("'@SUM(A1)", Csv.escape("@SUM(A1)"));
    }
}
