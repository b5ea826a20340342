package com.handover.server.office.repair.confirm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.Point;
import com.handover.model.Stroke;
import com.handover.model.json.ModelJson;
import java.util.ArrayList;
import java.util.List;

/**
 * A signature drawn on the console's canvas, as the form sends it: a JSON array of strokes, each an array of
 * {@code [x, y]} points scaled to 0..{@link Point#SCALE}. Anything else is refused with the reason.
 */
public final class DrawnSignature {

    /** Largest form field accepted: about 40,000 points. */
    public static final int MAX_CHARS = 400_000;
    public static final int MAX_STROKES = 200;
    public static final int MAX_POINTS = 2_000;

    private DrawnSignature() {
    }

    public static List<Stroke> strokes(String field) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("confirm.error.noSignature");
        }
        if (field.length() > MAX_CHARS) {
            throw new IllegalArgumentException("confirm.error.signatureTooLarge");
        }
        JsonNode tree;
        try {
            tree = ModelJson.mapper().readTree(field);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("confirm.error.signatureUnreadable");
        }
        if (!tree.isArray() || tree.isEmpty() || tree.size() > MAX_STROKES) {
            throw new IllegalArgumentException("confirm.error.noSignature");
        }
        List<Stroke> strokes = new ArrayList<>();
        for (JsonNode stroke : tree) {
            strokes.add(stroke(stroke));
        }
        return strokes;
    }

    private static Stroke stroke(JsonNode stroke) {
        if (!stroke.isArray() || stroke.isEmpty() || stroke.size() > MAX_POINTS) {
            throw new IllegalArgumentException("confirm.error.signatureUnreadable");
        }
        List<Point> points = new ArrayList<>();
        for (JsonNode p : stroke) {
            if (!p.isArray() || p.size() != 2 || !p.get(0).isInt() || !p.get(1).isInt()) {
                throw new IllegalArgumentException("confirm.error.signatureUnreadable");
            }
            try {
                points.add(new Point(p.get(0).intValue(), p.get(1).intValue()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("confirm.error.signatureUnreadable");
            }
        }
        return new Stroke(points);
    }
}
