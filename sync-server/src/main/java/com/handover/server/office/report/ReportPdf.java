package com.handover.server.office.report;

import com.handover.model.Point;
import com.handover.server.office.query.SignatureSvg;
import com.handover.server.office.web.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The handover report as an A4 PDF (PDFBox) with an embedded CJK font, photos, signatures and the QR code. */
public final class ReportPdf {

    /** Photos shown per defect in the PDF. */
    public static final int PHOTOS_PER_DEFECT = 3;
    private static final float MARGIN = 42;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float BODY = 9.5f;

    private final CjkFont cjk;

    public ReportPdf(CjkFont cjk) {
        this.cjk = cjk;
    }

    /**
     * @param photoBytes the bytes of a photo by its hash, or null where they have not arrived
     */
    public byte[] render(HandoverReport r, Messages msg, Function<String, byte[]> photoBytes) throws IOException {
        synchronized (cjk) {
            return write(r, msg, photoBytes);
        }
    }

    private byte[] write(HandoverReport r, Messages msg, Function<String, byte[]> photoBytes) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = cjk.load(doc);
            Writer w = new Writer(doc, font);
            w.text(r.title(), 16, 0);
            w.gap(4);
            w.text(msg.t("report.unitLine", r.project(), r.building(), r.unit()), 11, 0);
            w.text(msg.t("report.ownerLine", r.owner(), r.ownerPhone()), BODY, 0);
            w.text(msg.t("report.dateLine", r.handoverDay() == null ? "" : r.handoverDay().toString(), r.inspector()), BODY, 0);
            w.text(msg.t("report.kindLine", r.kind(), r.template()), BODY, 0);
            w.text(msg.t("report.decisionLine", r.decisionText()), 11, 0);
            w.text(msg.t("report.itemsLine", r.itemCount(), r.failedCount()), BODY, 0);
            w.heading(msg.t("report.readings"));
            for (HandoverReport.Line l : r.meters()) {
                w.text(l.label() + "：" + l.value(), BODY, 10);
            }
            for (HandoverReport.Line l : r.keys()) {
                w.text(l.label() + "：" + l.value(), BODY, 10);
            }
            w.heading(msg.t("report.defects", r.defects().size()));
            for (HandoverReport.Defect d : r.defects()) {
                w.text(d.number() + ". " + d.room() + " · " + d.item() + " · " + d.severity(), BODY, 0);
                w.text(d.description(), BODY, 14);
                List<byte[]> images = new ArrayList<>();
                for (var p : d.photos()) {
                    byte[] bytes = p.arrived() ? photoBytes.apply(p.sha256()) : null;
                    if (bytes != null && images.size() < PHOTOS_PER_DEFECT) {
                        images.add(bytes);
                    }
                }
                w.images(images, 120, 90);
            }
            w.heading(msg.t("report.items"));
            for (HandoverReport.Room room : r.rooms()) {
                w.text(room.name(), 10.5f, 0);
                for (HandoverReport.Item i : room.items()) {
                    String line = (i.failed() ? "* " : "  ") + i.name() + " — " + i.result()
                            + (i.measured().isEmpty() ? "" : " (" + i.measured() + ")") + (i.note().isEmpty() ? "" : "：" + i.note());
                    w.text(line, 8.5f, 12);
                }
            }
            w.heading(msg.t("report.signatures"));
            w.signatures(r.signatures(), msg);
            w.heading(msg.t("report.hash"));
            w.text(r.contentHash() == null ? "" : r.contentHash(), 8, 0);
            w.text(msg.t("report.verificationLine", msg.label(r.verification())), BODY, 0);
            if (r.qr() != null) {
                w.qr(r.qr(), 96);
                w.text(msg.t("report.verifyAt", r.verifyUrl()), BODY, 0);
                w.text(msg.t("report.verifyCode", r.verifyCode()), BODY, 0);
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Lays text and pictures down the page, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream out;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = HEIGHT - MARGIN;
        }

        private void need(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void gap(float h) {
            y -= h;
        }

        void heading(String text) throws IOException {
            gap(8);
            need(40);
            text(text, 12, 0);
            out.setLineWidth(0.5f);
            out.moveTo(MARGIN, y + 2);
            out.lineTo(WIDTH - MARGIN, y + 2);
            out.stroke();
            gap(4);
        }

        void text(String text, float size, float indent) throws IOException {
            float lineHeight = size * 1.45f;
            for (String line : wrap(clean(text), size, WIDTH - 2 * MARGIN - indent)) {
                need(lineHeight);
                y -= lineHeight;
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(MARGIN + indent, y + size * 0.3f);
                out.showText(line);
                out.endText();
            }
        }

        /** Characters the font cannot draw are replaced, so a stray emoji never stops the PDF. */
        private String clean(String text) throws IOException {
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

        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = font.getStringWidth(line + ch) / 1000 * size;
                if (w > width && line.length() > 0) {
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

        void images(List<byte[]> images, float w, float h) throws IOException {
            if (images.isEmpty()) {
                return;
            }
            need(h + 6);
            float x = MARGIN + 14;
            for (byte[] bytes : images) {
                PDImageXObject img = PDImageXObject.createFromByteArray(doc, bytes, "photo");
                out.drawImage(img, x, y - h - 3, w, h);
                x += w + 8;
            }
            y -= h + 8;
        }

        void signatures(List<SignatureSvg> signatures, Messages msg) throws IOException {
            float boxW = 200;
            float boxH = 80;
            need(boxH + 24);
            float x = MARGIN;
            for (SignatureSvg s : signatures) {
                if (x + boxW > WIDTH - MARGIN) {
                    x = MARGIN;
                    y -= boxH + 26;
                    need(boxH + 24);
                }
                out.setLineWidth(0.4f);
                out.addRect(x, y - boxH, boxW, boxH);
                out.stroke();
                out.setLineWidth(1.1f);
                for (var stroke : s.signature().strokes()) {
                    boolean first = true;
                    for (Point p : stroke.points()) {
                        float px = x + p.x() / (float) Point.SCALE * boxW;
                        float py = y - p.y() / (float) Point.SCALE * boxH;
                        if (first) {
                            out.moveTo(px, py);
                            first = false;
                        } else {
                            out.lineTo(px, py);
                        }
                    }
                    out.stroke();
                }
                out.beginText();
                out.setFont(font, 8.5f);
                out.newLineAtOffset(x, y - boxH - 11);
                out.showText(clean(msg.label(s.signature().role()) + "：" + s.signature().signerName()));
                out.endText();
                x += boxW + 20;
            }
            y -= boxH + 20;
        }

        void qr(QrCode qr, float size) throws IOException {
            need(size + 6);
            float module = size / qr.size();
            float top = y - 4;
            for (int row = 0; row < qr.size(); row++) {
                for (int col = 0; col < qr.size(); col++) {
                    if (qr.dark()[row][col]) {
                        out.addRect(MARGIN + col * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            out.fill();
            y -= size + 8;
        }

        void close() throws IOException {
            out.close();
        }
    }
}
