package com.handover.server.office.figures;

import com.handover.model.MarkupShape;
import com.handover.model.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shapes drawn over a photo on the phone (arrows, circles, labels), laid out in the photo's own pixels, so
 * the page (as SVG) and the PDF (with PDFBox) draw exactly the same marks: a line with a filled head for an
 * arrow, a ring for a circle (centre and a point on its rim), a label at its point.
 */
public record Markup(double width, double height, List<Line> lines, List<Head> heads, List<Ring> rings,
                     List<Label> labels) {

    public record Line(double x1, double y1, double x2, double y2) {
    }

    /** An arrow's head: a triangle with its tip at the arrow's end. */
    public record Head(double tipX, double tipY, double leftX, double leftY, double rightX, double rightY) {

        public String svgPoints() {
            return num(tipX) + "," + num(tipY) + " " + num(leftX) + "," + num(leftY) + " " + num(rightX) + "," + num(rightY);
        }
    }

    public record Ring(double cx, double cy, double r) {
    }

    public record Label(double x, double y, String text) {
    }

    /** Lines and rings as wide as 1/150 of the picture's diagonal, as the phone draws them. */
    public double strokeWidth() {
        return Math.max(2, Math.hypot(width, height) / 150);
    }

    public double fontSize() {
        return Math.max(12, height / 14);
    }

    public static Markup of(List<MarkupShape> shapes, double width, double height) {
        List<Line> lines = new ArrayList<>();
        List<Head> heads = new ArrayList<>();
        List<Ring> rings = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        double head = Math.hypot(width, height) / 30;
        for (MarkupShape s : shapes) {
            double fx = x(s.from(), width);
            double fy = y(s.from(), height);
            switch (s.kind()) {
                case ARROW -> {
                    double tx = x(s.to(), width);
                    double ty = y(s.to(), height);
                    lines.add(new Line(fx, fy, tx, ty));
                    double angle = Math.atan2(ty - fy, tx - fx);
                    heads.add(new Head(tx, ty, tx - head * Math.cos(angle - 0.45), ty - head * Math.sin(angle - 0.45),
                            tx - head * Math.cos(angle + 0.45), ty - head * Math.sin(angle + 0.45)));
                }
                case CIRCLE -> rings.add(new Ring(fx, fy, Math.hypot(x(s.to(), width) - fx, y(s.to(), height) - fy)));
                case TEXT -> { }
            }
            if (s.text() != null && !s.text().isBlank()) {
                labels.add(new Label(fx, fy, s.text()));
            }
        }
        return new Markup(width, height, lines, heads, rings, labels);
    }

    public boolean empty() {
        return lines.isEmpty() && rings.isEmpty() && labels.isEmpty();
    }

    static double x(Point p, double width) {
        return p.x() / (double) Point.SCALE * width;
    }

    static double y(Point p, double height) {
        return p.y() / (double) Point.SCALE * height;
    }

    /** A coordinate as SVG writes it. */
    public static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
