package com.handover.model;

/**
 * One shape drawn over a photo; the original photo stays untouched. Arrows and circles use
 * {@code from}/{@code to} (circle: centre and a point on the rim); text uses {@code from} and {@code text}.
 */
public record MarkupShape(Kind kind, Point from, Point to, String text) {
    public enum Kind { ARROW, CIRCLE, TEXT }

    public static final int MAX_LABEL = 60;

    public MarkupShape {
        Checks.required("shape.kind", kind);
        Checks.required("shape.from", from);
        if (kind == Kind.TEXT) {
            Checks.text("shape.text", text, MAX_LABEL);
        } else {
            Checks.required("shape.to", to);
            Checks.optionalText("shape.text", text, MAX_LABEL);
        }
    }
}
