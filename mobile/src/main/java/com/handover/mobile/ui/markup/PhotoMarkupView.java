package com.handover.mobile.ui.markup;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.Widgets;
import com.handover.model.MarkupShape;
import com.handover.model.Point;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The photo with its vector markup; drag to draw an arrow or circle, tap to place a label. */
public final class PhotoMarkupView implements Screen {

    public static final double CANVAS_WIDTH = 380;

    private final VBox root;
    private final Canvas canvas;
    private final Image image;
    private final PhotoMarkupViewModel model;
    private double pressX;
    private double pressY;

    public PhotoMarkupView(PhotoMarkupViewModel model, Messages messages) {
        this.model = model;
        image = model.photoFile().map(p -> new Image(p.toUri().toString())).orElse(null);
        double ratio = image == null || image.getWidth() == 0 ? 0.75 : image.getHeight() / image.getWidth();
        canvas = new Canvas(CANVAS_WIDTH, CANVAS_WIDTH * ratio);
        canvas.setId("markup-canvas");
        canvas.setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
        });
        canvas.setOnMouseReleased(e -> model.draw(pressX / canvas.getWidth(), pressY / canvas.getHeight(),
                e.getX() / canvas.getWidth(), e.getY() / canvas.getHeight()));
        model.shapes().addListener((ListChangeListener<MarkupShape>) c -> redraw());
        ToggleGroup tools = new ToggleGroup();
        HBox toolBar = new HBox(6);
        for (MarkupShape.Kind kind : MarkupShape.Kind.values()) {
            ToggleButton t = new ToggleButton(messages.label(kind));
            t.setId("tool-" + kind.name());
            t.setToggleGroup(tools);
            t.setMinHeight(Widgets.TOUCH);
            t.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(t, Priority.ALWAYS);
            t.setSelected(model.toolProperty().get() == kind);
            t.setOnAction(e -> model.toolProperty().set(kind));
            toolBar.getChildren().add(t);
        }
        TextField label = new TextField();
        label.setId("markup-label");
        label.setPromptText(messages.get("markup.label"));
        label.setMinHeight(Widgets.TOUCH);
        label.textProperty().bindBidirectional(model.labelProperty());
        Button undo = Widgets.button(messages.get("markup.undo"), "markup-undo", model::undo);
        Button save = Widgets.wide(Widgets.button(messages.get("markup.save"), "markup-save", model::save, "accent"));
        root = new VBox(10, canvas, toolBar, label, Widgets.row(undo, save),
                Widgets.muted(messages.get("markup.hint")), Widgets.errorLabel(messages, model.errorProperty()));
        root.setPadding(new Insets(8));
        redraw();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#30363d"));
        g.fillRect(0, 0, w, h);
        if (image != null) {
            g.drawImage(image, 0, 0, w, h);
        }
        g.setStroke(Color.web("#ff3b30"));
        g.setFill(Color.web("#ff3b30"));
        g.setLineWidth(3);
        g.setFont(Font.font(null, FontWeight.BOLD, 16));
        for (MarkupShape s : model.shapes()) {
            double fx = s.from().x() * w / Point.SCALE;
            double fy = s.from().y() * h / Point.SCALE;
            switch (s.kind()) {
                case ARROW -> arrow(g, fx, fy, s.to().x() * w / Point.SCALE, s.to().y() * h / Point.SCALE);
                case CIRCLE -> {
                    double r = Math.hypot(s.to().x() * w / Point.SCALE - fx, s.to().y() * h / Point.SCALE - fy);
                    g.strokeOval(fx - r, fy - r, 2 * r, 2 * r);
                }
                case TEXT -> g.fillText(s.text(), fx, fy);
            }
        }
    }

    private static void arrow(GraphicsContext g, double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double head = 14;
        g.strokeLine(x2, y2, x2 - head * Math.cos(angle - 0.4), y2 - head * Math.sin(angle - 0.4));
        g.strokeLine(x2, y2, x2 - head * Math.cos(angle + 0.4), y2 - head * Math.sin(angle + 0.4));
    }

    @Override
    public String titleKey() {
        return "markup.title";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        redraw();
    }
}
