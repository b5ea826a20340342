package com.handover.server.office.report;

import com.handover.model.Point;
import com.handover.model.Stroke;
import com.handover.server.office.figures.FloorPlan;
import com.handover.server.office.figures.Markup;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Pictures on a PDF page, drawn as the console's pages draw them: the floor plan with its numbered pins, a photo
 * with the marks made on it on the phone, a signature from its strokes, the QR code and the seal circle.
 */
final class PdfFigures {

    /** Bezier handle length for a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private final PdfSheet sheet;

    PdfFigures(PdfSheet sheet) {
        this.sheet = sheet;
    }

    /** Where a picture was drawn: its left, top, and the drawn size. */
    record Box(float x, float top, float width, float height) {

        float scaleX(double sourceWidth) {
            return (float) (width / sourceWidth);
        }

        float scaleY(double sourceHeight) {
            return (float) (height / sourceHeight);
        }
    }

    /** The image fitted, keeping its proportions, into {@code maxW} × {@code maxH} with its top-left at x, top. */
    Box image(byte[] bytes, float x, float top, float maxW, float maxH) throws IOException {
        PDImageXObject img = PDImageXObject.createFromByteArray(sheet.doc(), bytes, "picture");
        float scale = Math.min(maxW / img.getWidth(), maxH / img.getHeight());
        float w = img.getWidth() * scale;
        float h = img.getHeight() * scale;
        sheet.out().drawImage(img, x, top - h, w, h);
        return new Box(x, top, w, h);
    }

    /** Numbered pins over a floor plan drawn in {@code box} (pins in the plan's pixels). */
    void pins(Box box, FloorPlan plan, List<FloorPlan.Pin> pins) throws IOException {
        float sx = box.scaleX(plan.size().width());
        float sy = box.scaleY(plan.size().height());
        float r = Math.max(6, (float) plan.pinRadius() * sx);
        PDPageContentStream out = sheet.out();
        for (FloorPlan.Pin p : pins) {
            float cx = box.x() + (float) p.x() * sx;
            float cy = box.top() - (float) p.y() * sy;
            out.setNonStrokingColor(0.78f, 0.16f, 0.16f);
            circle(cx, cy, r);
            out.fill();
            out.setNonStrokingColor(1f, 1f, 1f);
            float size = r * 1.1f;
            sheet.show(p.label(), size, cx - sheet.width(p.label(), size) / 2, cy - size * 0.35f);
            out.setNonStrokingColor(0f, 0f, 0f);
        }
    }

    /** The marks made on a photo drawn in {@code box} (marks in the photo's pixels). */
    void markup(Box box, Markup m) throws IOException {
        float sx = box.scaleX(m.width());
        float sy = box.scaleY(m.height());
        PDPageContentStream out = sheet.out();
        out.setStrokingColor(0.86f, 0.15f, 0.15f);
        out.setNonStrokingColor(0.86f, 0.15f, 0.15f);
        out.setLineWidth(Math.max(1f, (float) m.strokeWidth() * sx));
        for (Markup.Line l : m.lines()) {
            out.moveTo(box.x() + (float) l.x1() * sx, box.top() - (float) l.y1() * sy);
            out.lineTo(box.x() + (float) l.x2() * sx, box.top() - (float) l.y2() * sy);
            out.stroke();
        }
        for (Markup.Head h : m.heads()) {
            out.moveTo(box.x() + (float) h.tipX() * sx, box.top() - (float) h.tipY() * sy);
            out.lineTo(box.x() + (float) h.leftX() * sx, box.top() - (float) h.leftY() * sy);
            out.lineTo(box.x() + (float) h.rightX() * sx, box.top() - (float) h.rightY() * sy);
            out.closePath();
            out.fill();
        }
        for (Markup.Ring r : m.rings()) {
            circle(box.x() + (float) r.cx() * sx, box.top() - (float) r.cy() * sy, (float) r.r() * sx);
            out.stroke();
        }
        float size = Math.max(6, (float) m.fontSize() * sy);
        for (Markup.Label t : m.labels()) {
            sheet.show(t.text(), size, box.x() + (float) t.x() * sx, box.top() - (float) t.y() * sy);
        }
        out.setStrokingColor(0f, 0f, 0f);
        out.setNonStrokingColor(0f, 0f, 0f);
    }

    /** A signature's strokes inside a box (strokes in the pad's 0..SCALE coordinates). */
    void signature(List<Stroke> strokes, Box box) throws IOException {
        PDPageContentStream out = sheet.out();
        out.setLineWidth(1.1f);
        for (Stroke stroke : strokes) {
            boolean first = true;
            for (Point p : stroke.points()) {
                float px = box.x() + p.x() / (float) Point.SCALE * box.width();
                float py = box.top() - p.y() / (float) Point.SCALE * box.height();
                if (first) {
                    out.moveTo(px, py);
                    first = false;
                } else {
                    out.lineTo(px, py);
                }
            }
            out.stroke();
        }
    }

    void qr(QrCode qr, float x, float top, float size) throws IOException {
        float module = size / qr.size();
        PDPageContentStream out = sheet.out();
        for (int row = 0; row < qr.size(); row++) {
            for (int col = 0; col < qr.size(); col++) {
                if (qr.dark()[row][col]) {
                    out.addRect(x + col * module, top - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
    }

    /** A dashed circle with a word in it, where the seal is stamped. */
    void seal(float cx, float cy, float r, String word) throws IOException {
        PDPageContentStream out = sheet.out();
        out.setLineDashPattern(new float[] {4, 3}, 0);
        out.setStrokingColor(0.55f, 0.6f, 0.65f);
        circle(cx, cy, r);
        out.stroke();
        out.setLineDashPattern(new float[] {}, 0);
        out.setStrokingColor(0f, 0f, 0f);
        sheet.show(word, 10, cx - sheet.width(word, 10) / 2, cy - 4);
    }

    private void circle(float cx, float cy, float r) throws IOException {
        PDPageContentStream out = sheet.out();
        float k = KAPPA * r;
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        out.closePath();
    }
}
