package com.handover.mobile.ui.defect;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.photo.PhotoLibrary;
import com.handover.mobile.ui.common.ThumbnailLoader;
import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.ui.common.PhotoStrip;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.Widgets;
import com.handover.model.Point;
import com.handover.model.Severity;
import com.handover.model.checklist.Trade;
import com.handover.model.checklist.WarrantyCategory;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** The defect form. */
public final class DefectFormView implements Screen {

    private final VBox root;
    private final DefectFormViewModel model;

    public DefectFormView(DefectFormViewModel model, Messages messages, ThumbnailLoader thumbnails) {
        this.model = model;
        Label where = Widgets.title(model.roomLabel(messages.locale()) + (model.item() == null ? ""
                : " · " + messages.pick(model.item().nameZh(), model.item().nameEn())));
        TextArea description = new TextArea();
        description.setId("description");
        description.setPromptText(messages.get("defect.description"));
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        FlowPane phrases = new FlowPane(6, 6);
        for (String phrase : messages.get("defect.phrases").split("\\|")) {
            Button b = Widgets.button(phrase, null, () -> model.appendPhrase(phrase), "chip");
            phrases.getChildren().add(b);
        }
        VBox form = new VBox(10, where, description, phrases, Widgets.fieldLabel(messages.get("defect.severity")),
                severity(model, messages), Widgets.fieldLabel(messages.get("defect.trade")), trade(model, messages),
                Widgets.fieldLabel(messages.get("defect.warrantyCategory")), category(model, messages));
        form.getChildren().addAll(photos(model, messages, thumbnails));
        if (model.hasFloorPlan()) {
            form.getChildren().addAll(Widgets.fieldLabel(messages.get("defect.pin")),
                    floorPlan(model, thumbnails.library()));
        }
        form.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button save = Widgets.wide(Widgets.button(messages.get("defect.save"), "save-defect", model::save, "accent"));
        save.disableProperty().bind(model.busyProperty());
        VBox footer = new VBox(6, Widgets.errorLabel(messages, model.errorProperty()), save);
        footer.setPadding(new Insets(6, 8, 6, 8));
        footer.getStyleClass().add("footer");
        root = new VBox(scroll, footer);
    }

    private static HBox severity(DefectFormViewModel model, Messages messages) {
        HBox severity = new HBox(6);
        ToggleGroup group = new ToggleGroup();
        for (Severity s : Severity.values()) {
            ToggleButton t = new ToggleButton(messages.label(s));
            t.setId("severity-" + s.name());
            t.setToggleGroup(group);
            t.setMinHeight(Widgets.TOUCH);
            t.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(t, Priority.ALWAYS);
            t.setSelected(model.severityProperty().get() == s);
            t.setOnAction(e -> model.severityProperty().set(s));
            severity.getChildren().add(t);
        }
        return severity;
    }

    private static ComboBox<Trade> trade(DefectFormViewModel model, Messages messages) {
        ComboBox<Trade> trade = new ComboBox<>();
        trade.setId("trade");
        trade.getItems().setAll(model.trades());
        trade.valueProperty().bindBidirectional(model.tradeProperty());
        trade.setMinHeight(Widgets.TOUCH);
        trade.setMaxWidth(Double.MAX_VALUE);
        trade.setConverter(Widgets.names(t -> t == null ? "" : messages.pick(t.nameZh(), t.nameEn())));
        Widgets.wrapNames(trade);
        return trade;
    }

    private static ComboBox<WarrantyCategory> category(DefectFormViewModel model, Messages messages) {
        ComboBox<WarrantyCategory> category = new ComboBox<>();
        category.setId("warranty-category");
        category.getItems().setAll(model.warrantyCategories());
        category.valueProperty().bindBidirectional(model.warrantyCategoryProperty());
        category.setMinHeight(Widgets.TOUCH);
        category.setMaxWidth(Double.MAX_VALUE);
        category.setConverter(Widgets.names(c -> c == null ? "" : messages.pick(c.nameZh(), c.nameEn())));
        Widgets.wrapNames(category);
        return category;
    }

    /** The photos' label and strip, the camera and gallery buttons, and the reason when there is no photo. */
    private static List<Node> photos(DefectFormViewModel model, Messages messages, ThumbnailLoader thumbnails) {
        PhotoStrip strip = new PhotoStrip(model.photos(), thumbnails, p -> { });
        strip.setId("photos");
        Button camera = Widgets.wide(Widgets.button(messages.get("defect.takePhoto"), "take-photo",
                () -> model.addPhoto(PhotoSource.Origin.CAMERA)));
        Button gallery = Widgets.wide(Widgets.button(messages.get("defect.pickPhoto"), "pick-photo",
                () -> model.addPhoto(PhotoSource.Origin.GALLERY)));
        TextField reason = new TextField();
        reason.setId("no-photo-reason");
        reason.setPromptText(messages.get("defect.noPhotoReason"));
        reason.setMinHeight(Widgets.TOUCH);
        reason.textProperty().bindBidirectional(model.noPhotoReasonProperty());
        return List.of(Widgets.fieldLabel(messages.get("defect.photos")), strip, Widgets.row(camera, gallery), reason);
    }

    private static Node floorPlan(DefectFormViewModel model, PhotoLibrary photos) {
        ImageView plan = new ImageView(new Image(photos.original(model.floorPlanSha()).orElseThrow().toUri().toString()));
        plan.setPreserveRatio(true);
        plan.setFitWidth(340);
        Circle marker = new Circle(8);
        marker.getStyleClass().add("pin");
        marker.setVisible(false);
        Pane pane = new Pane(plan, marker);
        pane.setId("floor-plan");
        Runnable place = () -> {
            Point p = model.pinProperty().get();
            marker.setVisible(p != null);
            if (p != null) {
                Image img = plan.getImage();
                double w = plan.getFitWidth();
                double h = img.getWidth() == 0 ? w : img.getHeight() * w / img.getWidth();
                marker.setCenterX(p.x() * w / Point.SCALE);
                marker.setCenterY(p.y() * h / Point.SCALE);
            }
        };
        model.pinProperty().addListener((o, a, b) -> place.run());
        plan.setOnMouseClicked(e -> model.placePin(e.getX() / plan.getBoundsInLocal().getWidth(),
                e.getY() / plan.getBoundsInLocal().getHeight()));
        place.run();
        return pane;
    }

    @Override
    public String titleKey() {
        return "defect.title";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void leaving(Runnable leave) {
        model.leave(leave);
    }

    @Override
    public void refresh() {
        // The form holds only what is being typed; nothing outside changes it.
    }
}
