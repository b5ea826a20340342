package com.handover.server.office.figures;

import com.handover.model.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit type's floor plan (户型图) with the pins the inspector placed on it for defects, in the plan's own
 * pixels. Pins are numbered as the list that shows the defects numbers them.
 *
 * @param size    null when the plan's bytes have not arrived
 * @param pinsAt  where each defect was pinned, by defect
 */
public record FloorPlan(String sha256, boolean arrived, PhotoSizes.Size size, Map<UUID, Point> pinsAt) {

    /** A numbered pin in the plan's pixels. */
    public record Pin(int number, double x, double y) {

        public String label() {
            return String.valueOf(number);
        }
    }

    /** Whether there is a picture to draw the pins on. */
    public boolean drawable() {
        return arrived && size != null;
    }

    /** The pins of the defects in {@code order}, numbered from 1 by their place in it; unpinned ones skipped. */
    public List<Pin> pins(List<UUID> order) {
        List<Pin> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Point p = pinsAt.get(order.get(i));
            if (p != null && size != null) {
                out.add(new Pin(i + 1, Markup.x(p, size.width()), Markup.y(p, size.height())));
            }
        }
        return out;
    }

    /** The pin's radius: a finger's width on a phone-sized plan, in the plan's pixels. */
    public double pinRadius() {
        return size == null ? 12 : Math.max(10, Math.hypot(size.width(), size.height()) / 55);
    }
}
