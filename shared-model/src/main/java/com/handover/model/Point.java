package com.handover.model;

/** A point on a drawing surface, in units of 1/10000 of its width and height (0..10000). */
public record Point(int x, int y) {
    public static final int SCALE = 10_000;

    public Point {
        if (x < 0 || x > SCALE) {
            throw new IllegalArgumentException("point must lie within 0.." + SCALE + ": x is " + x);
        }
        if (y < 0 || y > SCALE) {
            throw new IllegalArgumentException("point must lie within 0.." + SCALE + ": y is " + y);
        }
    }
}
