package com.handover.mobile.ui.workorders;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.photo.PhotoLibrary;
import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.ui.common.PhotoStrip;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.SignaturePad;
import com.handover.mobile.ui.common.Widgets;
import com.handover.model.SignerRole;
import com.handover.model.sync.state.WorkOrderState;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One work order: check in, repair record with photos, completion, confirmations. */
public final class WorkOrderView implements Screen {

    private final WorkOrderViewModel model;
    private final Messages messages;
    private final PhotoLibrary photos;
    private final VBox content = new VBox(10);
    private final VBox root;

    public WorkOrderView(WorkOrderViewModel model, Messages messages, PhotoLibrary photos) {
        this.model = model;
        this.messages = messages;
        this.photos = photos;
        content.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(scroll);
        model.orderProperty().addListener((o, a, b) -> render());
    }

    private void render() {
        content.getChildren().clear();
        WorkOrderState w = model.orderProperty().get();
        if (w == null) {
            content.getChildren().add(Widgets.errorLabel(messages, model.errorProperty()));
            return;
        }
        content.getChildren().add(Widgets.title(model.unitLabelProperty().get()));
        Label description = new Label(w.description());
        description.setWrapText(true);
        content.getChildren().add(Widgets.card(description, Widgets.muted(messages.label(w.status()) + " · "
                + messages.label(w.severity()))));
        model.problems().forEach(p -> {
            Label l = new Label(messages.get(p));
            l.getStyleClass().add("problem");
            l.setWrapText(true);
            content.getChildren().add(l);
        });
        if (model.canCheckIn()) {
            content.getChildren().add(Widgets.wide(Widgets.button(messages.get("workorder.checkIn"), "check-in",
                    model::checkIn, "accent")));
        }
        if (model.canComplete()) {
            TextArea note = new TextArea();
            note.setId("repair-note");
            note.setPromptText(messages.get("workorder.note"));
            note.setPrefRowCount(3);
            note.setWrapText(true);
            note.textProperty().bindBidirectional(model.noteProperty());
            TextField cost = new TextField();
            cost.setId("actual-cost");
            cost.setPromptText(messages.get("workorder.cost"));
            cost.setMinHeight(Widgets.TOUCH);
            cost.textProperty().bindBidirectional(model.actualCostYuanProperty());
            content.getChildren().addAll(note, cost,
                    Widgets.title(messages.get("workorder.before")), new PhotoStrip(model.beforePhotos(), photos, p -> { }),
                    Widgets.button(messages.get("defect.takePhoto"), "before-photo",
                            () -> model.addPhoto(false, PhotoSource.Origin.CAMERA)),
                    Widgets.title(messages.get("workorder.after")), new PhotoStrip(model.afterPhotos(), photos, p -> { }),
                    Widgets.button(messages.get("defect.takePhoto"), "after-photo",
                            () -> model.addPhoto(true, PhotoSource.Origin.CAMERA)),
                    Widgets.wide(Widgets.button(messages.get("workorder.complete"), "complete", model::complete, "accent")));
        }
        if (model.canConfirm()) {
            TextField name = new TextField();
            name.setId("confirm-name");
            name.setMinHeight(Widgets.TOUCH);
            name.textProperty().bindBidirectional(model.signerNameProperty());
            SignaturePad pad = new SignaturePad(model.strokes(), 140);
            pad.setId("confirm-signature");
            Label missing = Widgets.muted(messages.get("workorder.missing", w.missingConfirmations().stream()
                    .map(messages::label).reduce((a, b) -> a + "、" + b).orElse("-")));
            content.getChildren().addAll(Widgets.title(messages.get("workorder.confirm")), missing, name, pad,
                    Widgets.row(
                            Widgets.wide(Widgets.button(messages.get("workorder.ownerSigns"), "owner-confirms",
                                    () -> model.confirm(SignerRole.OWNER), "accent")),
                            Widgets.wide(Widgets.button(messages.get("workorder.iSign"), "maintenance-confirms",
                                    () -> model.confirm(SignerRole.MAINTENANCE)))));
        }
        content.getChildren().add(Widgets.errorLabel(messages, model.errorProperty()));
    }

    @Override
    public String titleKey() {
        return "workorder.title";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
        render();
    }
}
