package com.handover.mobile.ui.common;

import com.handover.model.Point;
import com.handover.model.Stroke;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * A canvas a person signs on with a finger. Each stroke (pen down to pen up) is added to {@code strokes} in
 * drawing-surface units (see {@link Point}); the pad redraws whatever the list holds.
 */
public final class SignaturePad extends Pane {

    private final Canvas canvas = new Canvas();
    private final ObservableList<Stroke> strokes;
    private final List<Point> current = new ArrayList<>();
    private boolean editable = true;

    public SignaturePad(ObservableList<Stroke> strokes, double height) {
        this.strokes = strokes;
        getStyleClass().add("signature-pad");
        setPrefHeight(height);
        setMinHeight(height);
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        strokes.addListener((ListChangeListener<Stroke>) c -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (editable) {
                current.clear();
                current.add(point(e));
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (editable && !current.isEmpty()) {
                current.add(point(e));
                redraw();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (editable && !current.isEmpty()) {
                current.add(point(e));
                strokes.add(new Stroke(List.copyOf(current)));
                current.clear();
            }
        });
    }

    /** How many strokes the pad holds: a signature is there when this is above 0. */
    public int strokeCount() {
        return strokes.size();
    }

    public void setEditable(boolean editable) {
        this.editable = editable;
    }

    private Point point(MouseEvent e) {
        double w = Math.max(1, canvas.getWidth());
        double h = Math.max(1, canvas.getHeight());
        int x = (int) Math.round(Math.max(0, Math.min(1, e.getX() / w)) * Point.SCALE);
        int y = (int) Math.round(Math.max(0, Math.min(1, e.getY() / h)) * Point.SCALE);
        return new Point(x, y);
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setStroke(Color.web("#d0d7de"));
        g.strokeLine(12, h * 0.75, w - 12, h * 0.75);
        g.setStroke(Color.web("#0b3d91"));
        g.setLineWidth(2.5);
        for (Stroke s : strokes) {
            draw(g, s.points(), w, h);
        }
        draw(g, current, w, h);
    }

    private static void draw(GraphicsContext g, List<Point> points, double w, double h) {
        if (points.isEmpty()) {
            return;
        }
        g.beginPath();
        g.moveTo(points.get(0).x() * w / Point.SCALE, points.get(0).y() * h / Point.SCALE);
        for (Point p : points) {
            g.lineTo(p.x() * w / Point.SCALE, p.y() * h / Point.SCALE);
        }
        g.stroke();
    }
}
