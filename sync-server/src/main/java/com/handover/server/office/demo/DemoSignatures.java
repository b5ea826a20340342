package com.handover.server.office.demo;

import com.handover.model.Point;
import com.handover.model.Signature;
import com.handover.model.SignerRole;
import com.handover.model.Stroke;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Handwriting-like signatures: a few connected loops across the pad, as a finger would draw them. */
final class DemoSignatures {

    private final Random random;

    DemoSignatures(Random random) {
        this.random = random;
    }

    Signature sign(SignerRole role, String name, Instant at) {
        List<Stroke> strokes = new ArrayList<>();
        int glyphs = Math.max(2, Math.min(4, name.length()));
        int width = Point.SCALE / (glyphs + 1);
        for (int g = 0; g < glyphs; g++) {
            List<Point> points = new ArrayList<>();
            int cx = width / 2 + g * width + width / 3;
            int cy = Point.SCALE / 2 + random.nextInt(1200) - 600;
            double phase = random.nextDouble() * Math.PI;
            int loops = 2 + random.nextInt(2);
            for (int i = 0; i <= 40; i++) {
                double t = i / 40.0;
                double angle = phase + t * loops * 2 * Math.PI;
                int x = (int) (cx - width * 0.45 + t * width * 0.9 + Math.cos(angle) * width * 0.25);
                int y = (int) (cy + Math.sin(angle) * 1800 * (0.6 + 0.4 * Math.sin(t * Math.PI)));
                points.add(new Point(clamp(x), clamp(y)));
            }
            strokes.add(new Stroke(points));
        }
        List<Point> underline = List.of(new Point(800, clamp(Point.SCALE / 2 + 2600)),
                new Point(9200, clamp(Point.SCALE / 2 + 2300 + random.nextInt(500))));
        strokes.add(new Stroke(underline));
        return new Signature(role, name, strokes, at);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(Point.SCALE, v));
    }
}
