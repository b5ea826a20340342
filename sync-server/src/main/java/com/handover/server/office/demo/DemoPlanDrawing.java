package com.handover.server.office.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A schematic floor plan of a demo unit type, drawn from its {@link DemoPlanLayout} as a PNG: floors, walls,
 * doors, windows and the main furniture of each room, and no text (the console names the rooms beside the plan).
 */
final class DemoPlanDrawing {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    private static final Color WALL = new Color(59, 65, 72);
    private static final Color FURNITURE = new Color(120, 128, 138);
    private static final Color GLASS = new Color(120, 170, 215);
    private static final float WALL_WIDTH = 10f;

    private DemoPlanDrawing() {
    }

    static byte[] png(DemoPlanLayout layout) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (DemoPlanLayout.Placed room : layout.rooms()) {
            floor(g, room);
        }
        for (DemoPlanLayout.Placed room : layout.rooms()) {
            furniture(g, room);
        }
        g.setColor(WALL);
        g.setStroke(new BasicStroke(WALL_WIDTH, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        for (DemoPlanLayout.Placed room : layout.rooms()) {
            g.draw(rect(room));
        }
        for (DemoPlanLayout.Placed room : layout.rooms()) {
            openings(g, room);
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void floor(Graphics2D g, DemoPlanLayout.Placed room) {
        Rectangle2D r = rect(room);
        boolean tiled = room.code().equals("KITCHEN") || room.code().equals("BATHROOM");
        g.setColor(switch (room.code()) {
            case "BEDROOM" -> new Color(244, 236, 220);
            case "LIVING" -> new Color(247, 242, 232);
            case "KITCHEN" -> new Color(232, 238, 241);
            case "BATHROOM" -> new Color(222, 236, 245);
            case "BALCONY" -> new Color(236, 242, 228);
            default -> new Color(238, 238, 238);
        });
        g.fill(r);
        g.setStroke(new BasicStroke(1f));
        g.setColor(new Color(0, 0, 0, 18));
        int step = tiled ? 24 : 32;
        for (double y = r.getMinY() + step; y < r.getMaxY(); y += step) {
            g.draw(new Line2D.Double(r.getMinX(), y, r.getMaxX(), y));
        }
        if (tiled) {
            for (double x = r.getMinX() + step; x < r.getMaxX(); x += step) {
                g.draw(new Line2D.Double(x, r.getMinY(), x, r.getMaxY()));
            }
        }
    }

    private static void furniture(Graphics2D g, DemoPlanLayout.Placed room) {
        Rectangle2D r = rect(room);
        double cx = r.getCenterX();
        g.setStroke(new BasicStroke(2.5f));
        switch (room.code()) {
            case "BEDROOM" -> {
                double w = Math.min(r.getWidth() * 0.5, 170);
                outline(g, new RoundRectangle2D.Double(cx - w / 2, r.getMinY() + 20, w, 200, 10, 10));
                outline(g, new RoundRectangle2D.Double(cx - w / 2 + 12, r.getMinY() + 30, w - 24, 38, 12, 12));
                double desk = r.getWidth() * 0.35;
                outline(g, new Rectangle2D.Double(r.getMaxX() - 14 - desk, r.getMaxY() - 60, desk, 44));
            }
            case "LIVING" -> {
                double w = r.getWidth() * 0.45;
                outline(g, new RoundRectangle2D.Double(cx - w / 2, r.getMaxY() - 90, w, 64, 24, 24));
                outline(g, new RoundRectangle2D.Double(cx - w / 4, r.getMaxY() - 170, w / 2, 50, 10, 10));
                outline(g, new RoundRectangle2D.Double(r.getMinX() + 40, r.getMinY() + 60, 150, 90, 10, 10));
            }
            case "KITCHEN" -> {
                outline(g, new Rectangle2D.Double(r.getMinX() + 6, r.getMinY() + 6, 60, r.getHeight() - 12));
                outline(g, new Rectangle2D.Double(r.getMinX() + 66, r.getMaxY() - 66, r.getWidth() * 0.5, 60));
                outline(g, new Ellipse2D.Double(r.getMinX() + 14, r.getCenterY() - 30, 44, 60));
            }
            case "BATHROOM" -> {
                outline(g, new Ellipse2D.Double(cx - 22, r.getMinY() + 40, 44, 58));
                outline(g, new Rectangle2D.Double(cx - 26, r.getMinY() + 12, 52, 24));
                outline(g, new RoundRectangle2D.Double(r.getMaxX() - 72, r.getMaxY() - 80, 60, 44, 12, 12));
            }
            case "ENTRANCE" -> outline(g, new Rectangle2D.Double(r.getMinX() + 100, r.getMaxY() - 26, 140, 20));
            default -> {
            }
        }
    }

    /**
     * Doors from the hall into the bedrooms, bathrooms and kitchen, the front door, the living room open to the
     * hall, a sliding door to a balcony, windows in the outer walls.
     */
    private static void openings(Graphics2D g, DemoPlanLayout.Placed room) {
        Rectangle2D r = rect(room);
        switch (room.code()) {
            case "BEDROOM", "BATHROOM" -> {
                door(g, r.getMinX() + 24, r.getMaxY(), Math.min(80, r.getWidth() * 0.4), true);
                window(g, r.getMinX() + r.getWidth() * 0.3, r.getMinY(), r.getWidth() * 0.4);
            }
            case "KITCHEN" -> door(g, r.getMaxX() - 24 - 80, r.getMinY(), 80, false);
            case "LIVING" -> gap(g, r.getMinX() + r.getWidth() * 0.3, r.getMinY(), r.getMaxX() - r.getWidth() * 0.1,
                    r.getMinY());
            case "ENTRANCE" -> {
                double y = r.getCenterY() - 32;
                gap(g, r.getMinX(), y, r.getMinX(), y + 64);
                g.setStroke(new BasicStroke(2f));
                g.setColor(FURNITURE);
                g.draw(new Line2D.Double(r.getMinX(), y, r.getMinX() + 64, y));
                g.draw(new Arc2D.Double(r.getMinX() - 64, y - 64, 128, 128, 0, -90, Arc2D.OPEN));
            }
            case "BALCONY" -> {
                double x = r.getMinX() + r.getWidth() * 0.25;
                double w = r.getWidth() * 0.5;
                gap(g, x, r.getMinY(), x + w, r.getMinY());
                g.setStroke(new BasicStroke(3f));
                g.setColor(GLASS);
                g.draw(new Line2D.Double(x, r.getMinY() - 3, x + w * 0.55, r.getMinY() - 3));
                g.draw(new Line2D.Double(x + w * 0.45, r.getMinY() + 3, x + w, r.getMinY() + 3));
                window(g, r.getMinX() + 20, r.getMaxY(), r.getWidth() - 40);
            }
            default -> {
            }
        }
    }

    /** A hinged door in the wall at {@code y}, opening into the room above it ({@code up}) or below it. */
    private static void door(Graphics2D g, double x, double y, double width, boolean up) {
        gap(g, x, y, x + width, y);
        g.setStroke(new BasicStroke(2f));
        g.setColor(FURNITURE);
        g.draw(new Line2D.Double(x, y, x, up ? y - width : y + width));
        g.draw(new Arc2D.Double(x - width, y - width, 2 * width, 2 * width, 0, up ? 90 : -90, Arc2D.OPEN));
    }

    private static void window(Graphics2D g, double x, double y, double width) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x, y - WALL_WIDTH / 2, width, WALL_WIDTH));
        g.setColor(GLASS);
        g.setStroke(new BasicStroke(1.5f));
        for (double dy : new double[] {-WALL_WIDTH / 2, 0, WALL_WIDTH / 2}) {
            g.draw(new Line2D.Double(x, y + dy, x + width, y + dy));
        }
    }

    private static void gap(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(WALL_WIDTH + 2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    private static void outline(Graphics2D g, Shape shape) {
        g.setColor(new Color(255, 255, 255, 150));
        g.fill(shape);
        g.setColor(FURNITURE);
        g.draw(shape);
    }

    private static Rectangle2D rect(DemoPlanLayout.Placed room) {
        double x = room.left() * (double) WIDTH / 10_000;
        double y = room.top() * (double) HEIGHT / 10_000;
        return new Rectangle2D.Double(x, y, room.width() * (double) WIDTH / 10_000,
                room.height() * (double) HEIGHT / 10_000);
    }
}
