package com.handover.server.office.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A ruled table across the content width: a shaded header row repeated on every page the table runs onto,
 * cells wrapped to their column, a group row across all columns, and a row that is failed set in red.
 */
final class PdfTable {

    private static final float SIZE = 8.5f;
    private static final float PAD = 3;
    private static final float LINE = SIZE * 1.35f;

    private enum Style { HEADER, PLAIN, FAILED }

    private final PdfSheet sheet;
    private final float[] widths;
    private final List<String> header;

    /** {@code fractions}: each column's share of the content width. */
    PdfTable(PdfSheet sheet, List<String> header, float... fractions) {
        this.sheet = sheet;
        this.header = header;
        this.widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * PdfSheet.CONTENT_WIDTH;
        }
    }

    void begin() throws IOException {
        row(header, Style.HEADER, 0);
    }

    void row(List<String> cells) throws IOException {
        row(cells, Style.PLAIN, 0);
    }

    void failedRow(List<String> cells) throws IOException {
        row(cells, Style.FAILED, 0);
    }

    /** A row at least {@code minHeight} high, for something drawn into a cell afterwards; returns its top. */
    float tallRow(List<String> cells, float minHeight) throws IOException {
        return row(cells, Style.PLAIN, minHeight);
    }

    /** The left edge of column {@code index}. */
    float columnX(int index) {
        float x = PdfSheet.MARGIN;
        for (int i = 0; i < index; i++) {
            x += widths[i];
        }
        return x;
    }

    float columnWidth(int index) {
        return widths[index];
    }

    /** A row of one cell across every column, such as a room's name. */
    void groupRow(String text) throws IOException {
        List<String> lines = sheet.wrap(text, SIZE, PdfSheet.CONTENT_WIDTH - 2 * PAD);
        float height = lines.size() * LINE + 2 * PAD;
        breakIfNeeded(height + LINE + 2 * PAD);
        PDPageContentStream out = sheet.out();
        float top = sheet.y();
        out.setNonStrokingColor(0.93f, 0.95f, 0.97f);
        out.addRect(PdfSheet.MARGIN, top - height, PdfSheet.CONTENT_WIDTH, height);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        rule(top, height, new float[] {PdfSheet.CONTENT_WIDTH});
        writeLines(lines, PdfSheet.MARGIN + PAD, top);
        sheet.down(height);
    }

    private float row(List<String> cells, Style style, float minHeight) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> cell = sheet.wrap(i < cells.size() ? cells.get(i) : "", SIZE, widths[i] - 2 * PAD);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = Math.max(minHeight, lines * LINE + 2 * PAD);
        if (style != Style.HEADER) {
            breakIfNeeded(height);
        } else {
            sheet.need(height * 2);
        }
        float top = sheet.y();
        PDPageContentStream out = sheet.out();
        if (style == Style.HEADER) {
            out.setNonStrokingColor(0.93f, 0.95f, 0.97f);
            out.addRect(PdfSheet.MARGIN, top - height, PdfSheet.CONTENT_WIDTH, height);
            out.fill();
        }
        out.setNonStrokingColor(style == Style.FAILED ? 0.75f : 0f, 0f, 0f);
        float x = PdfSheet.MARGIN;
        for (int i = 0; i < widths.length; i++) {
            writeLines(wrapped.get(i), x + PAD, top);
            x += widths[i];
        }
        out.setNonStrokingColor(0f, 0f, 0f);
        rule(top, height, widths);
        sheet.down(height);
        return top;
    }

    /** Moves to a new page, with the header again, when the next {@code height} does not fit. */
    private void breakIfNeeded(float height) throws IOException {
        float before = sheet.y();
        sheet.need(height);
        if (sheet.y() > before && !header.isEmpty()) {
            row(header, Style.HEADER, 0);
        }
    }

    private void writeLines(List<String> lines, float x, float top) throws IOException {
        float baseline = top - PAD - SIZE;
        for (String line : lines) {
            sheet.show(line, SIZE, x, baseline);
            baseline -= LINE;
        }
    }

    private void rule(float top, float height, float[] columns) throws IOException {
        PDPageContentStream out = sheet.out();
        out.setLineWidth(0.5f);
        out.setStrokingColor(0.6f, 0.65f, 0.69f);
        float x = PdfSheet.MARGIN;
        for (float w : columns) {
            out.addRect(x, top - height, w, height);
            x += w;
        }
        out.stroke();
        out.setStrokingColor(0f, 0f, 0f);
    }
}
