package com.handover.server.office.query;

import com.handover.model.Point;
import com.handover.model.Signature;
import com.handover.model.Stroke;
import java.util.List;
import java.util.stream.Collectors;

/** A signature redrawn from its strokes: one SVG polyline per stroke, in the pad's 0..10000 coordinates. */
public record SignatureSvg(Signature signature, List<String> polylines) {

    public static final String VIEW_BOX = "0 0 " + Point.SCALE + " " + Point.SCALE;

    public static SignatureSvg of(Signature s) {
        return new SignatureSvg(s, s.strokes().stream().map(SignatureSvg::points).toList());
    }

    static String points(Stroke stroke) {
        List<Point> pts = stroke.points();
        if (pts.size() == 1) {
            Point p = pts.get(0);
            return p.x() + "," + p.y() + " " + (p.x() + 1) + "," + p.y();
        }
        return pts.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
    }
}
