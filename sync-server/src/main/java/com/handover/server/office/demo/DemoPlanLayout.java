package com.handover.server.office.demo;

import com.handover.model.FloorPlanPin;
import com.handover.model.Point;
import com.handover.model.checklist.InstantiatedRoom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Where each room of a demo unit type lies on its floor plan, in ten-thousandths of the plan's width and height
 * (the unit of a defect's pin): bedrooms and bathrooms along the top, the entrance hall below them across the unit,
 * the kitchen and living room below that, balconies off the living room. Rooms that cover the whole unit (windows,
 * utilities, fixtures) have no place.
 */
record DemoPlanLayout(List<Placed> rooms) {

    static final int LEFT = 500;
    static final int RIGHT = 9500;
    static final int TOP = 700;
    static final int HALL_TOP = 4200;
    static final int HALL_BOTTOM = 5300;
    static final int BOTTOM = 8000;
    static final int BALCONY_BOTTOM = 9300;

    /** A room's rectangle on the plan. */
    record Placed(String key, String code, int left, int top, int right, int bottom) {
        int width() {
            return right - left;
        }

        int height() {
            return bottom - top;
        }
    }

    static DemoPlanLayout of(List<InstantiatedRoom> rooms) {
        List<InstantiatedRoom> bedrooms = byCode(rooms, "BEDROOM");
        List<InstantiatedRoom> bathrooms = byCode(rooms, "BATHROOM");
        List<InstantiatedRoom> upper = new ArrayList<>();
        for (int i = 0; i < Math.max(bedrooms.size(), bathrooms.size()); i++) {
            if (i < bedrooms.size()) {
                upper.add(bedrooms.get(i));
            }
            if (i < bathrooms.size()) {
                upper.add(bathrooms.get(i));
            }
        }
        List<InstantiatedRoom> lower = new ArrayList<>(byCode(rooms, "KITCHEN"));
        lower.addAll(byCode(rooms, "LIVING"));
        List<Placed> placed = new ArrayList<>();
        row(upper, LEFT, RIGHT, TOP, HALL_TOP, placed);
        row(byCode(rooms, "ENTRANCE"), LEFT, RIGHT, HALL_TOP, HALL_BOTTOM, placed);
        row(lower, LEFT, RIGHT, HALL_BOTTOM, BOTTOM, placed);
        Placed living = placed.stream().filter(p -> p.code().equals("LIVING")).findFirst().orElse(null);
        row(byCode(rooms, "BALCONY"), living == null ? LEFT : living.left(), RIGHT, BOTTOM, BALCONY_BOTTOM, placed);
        return new DemoPlanLayout(List.copyOf(placed));
    }

    /** A pin somewhere inside the room, away from its walls; none for a room without a place on the plan. */
    Optional<FloorPlanPin> pin(String roomKey, Random random) {
        return rooms.stream().filter(p -> p.key().equals(roomKey)).findFirst().map(p -> new FloorPlanPin(new Point(
                p.left() + p.width() / 5 + random.nextInt(Math.max(1, p.width() * 3 / 5)),
                p.top() + p.height() / 5 + random.nextInt(Math.max(1, p.height() * 3 / 5)))));
    }

    private static void row(List<InstantiatedRoom> rooms, int left, int right, int top, int bottom, List<Placed> out) {
        double total = rooms.stream().mapToDouble(r -> weight(r.room().code())).sum();
        double x = left;
        for (InstantiatedRoom r : rooms) {
            double next = x + (right - left) * weight(r.room().code()) / total;
            out.add(new Placed(r.key(), r.room().code(), (int) Math.round(x), top, (int) Math.round(next), bottom));
            x = next;
        }
    }

    private static double weight(String code) {
        return switch (code) {
            case "BEDROOM" -> 3.0;
            case "BATHROOM" -> 1.6;
            case "KITCHEN" -> 2.2;
            case "LIVING" -> 5.5;
            default -> 1.0;
        };
    }

    private static List<InstantiatedRoom> byCode(List<InstantiatedRoom> rooms, String code) {
        return rooms.stream().filter(r -> r.room().code().equals(code)).toList();
    }
}
