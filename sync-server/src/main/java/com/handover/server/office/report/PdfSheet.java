package com.handover.server.office.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages written top to bottom: a cursor that moves down as text, tables and figures are laid, a new page when
 * the next piece does not fit, and at the end 第 x 页 共 y 页 under every page.
 */
final class PdfSheet {

    static final float MARGIN = 40;
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float CONTENT_WIDTH = WIDTH - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 14;

    private final PDDocument doc;
    private final PDType0Font font;
    private PDPageContentStream out;
    private float y;

    PdfSheet(PDDocument doc, PDType0Font font) throws IOException {
        this.doc = doc;
        this.font = font;
        newPage();
    }

    PDDocument doc() {
        return doc;
    }

    PDPageContentStream out() {
        return out;
    }

    float y() {
        return y;
    }

    void down(float h) {
        y -= h;
    }

    void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = HEIGHT - MARGIN;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** Whether {@code height} fits on an empty page (else a piece is cut to fit). */
    static boolean fitsAPage(float height) {
        return height <= HEIGHT - MARGIN - BOTTOM;
    }

    void gap(float h) {
        y -= h;
    }

    /** Wrapped text across the content width, from {@code indent}. */
    void text(String text, float size, float indent) throws IOException {
        float lineHeight = size * 1.45f;
        for (String line : wrap(text, size, CONTENT_WIDTH - indent)) {
            need(lineHeight);
            y -= lineHeight;
            show(line, size, MARGIN + indent, y + size * 0.3f);
        }
    }

    /** A section heading with a rule under it, kept with the first lines after it. */
    void heading(String text) throws IOException {
        gap(8);
        need(48);
        text(text, 12, 0);
        out.setLineWidth(0.8f);
        out.moveTo(MARGIN, y + 1);
        out.lineTo(WIDTH - MARGIN, y + 1);
        out.stroke();
        gap(5);
    }

    /** One line of text at a point (no wrapping). */
    void show(String text, float size, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(clean(text));
        out.endText();
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(clean(text)) / 1000 * size;
    }

    /** Characters the font cannot draw are replaced, so a stray emoji never stops the PDF. */
    String clean(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            boolean ok;
            try {
                ok = cp >= 0x20 && font.encode(ch).length > 0;
            } catch (IOException | IllegalArgumentException e) {
                ok = false;
            }
            sb.append(ok ? ch : cp == '\n' || cp == '\t' ? " " : "?");
        });
        return sb.toString();
    }

    /** The text broken into lines no wider than {@code width}, character by character (CJK has no spaces). */
    List<String> wrap(String text, float size, float width) throws IOException {
        String clean = clean(text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (font.getStringWidth(line + ch) / 1000 * size > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Closes the last page and writes the page line (e.g. 第 2 页 共 5 页) under every page. */
    void finish(PageLine pageLine) throws IOException {
        out.close();
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String line = clean(pageLine.of(i + 1, total));
                float w = font.getStringWidth(line) / 1000 * 8;
                footer.beginText();
                footer.setFont(font, 8);
                footer.newLineAtOffset((WIDTH - w) / 2, MARGIN - 18);
                footer.showText(line);
                footer.endText();
            }
        }
    }

    /** The words under a page, given its number and the count of pages. */
    @FunctionalInterface
    interface PageLine {
        String of(int page, int pages);
    }
}
