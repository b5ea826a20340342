package com.handover.model;

import java.util.List;

/** One pen stroke of a signature or a markup: the points from pen-down to pen-up. */
public record Stroke(List<Point> points) {
    public Stroke {
        points = Checks.list("stroke.points", points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("stroke.points must hold at least one point");
        }
    }
}
