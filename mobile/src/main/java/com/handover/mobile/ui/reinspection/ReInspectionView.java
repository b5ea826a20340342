package com.handover.mobile.ui.reinspection;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.SignerCard;
import com.handover.mobile.ui.common.Widgets;
import com.handover.model.sync.state.DefectState;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The open defects of a unit, each confirmed repaired or still open; then the owner and the inspector sign. */
public final class ReInspectionView implements Screen {

    private final ReInspectionViewModel model;
    private final Messages messages;
    private final VBox list = new VBox(8);
    private final VBox root;

    public ReInspectionView(ReInspectionViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        list.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button sign = Widgets.wide(Widgets.button(messages.get("reinspection.sign"), "reinspection-sign", model::sign,
                "accent"));
        sign.disableProperty().bind(model.signedProperty());
        Button later = Widgets.wide(Widgets.button(messages.get("reinspection.later"), "reinspection-done", model::done,
                "flat"));
        VBox footer = new VBox(6, Widgets.errorLabel(messages, model.errorProperty()), sign, later);
        footer.setPadding(new Insets(6, 8, 6, 8));
        footer.getStyleClass().add("footer");
        root = new VBox(scroll, footer);
        model.defects().addListener((ListChangeListener<DefectState>) c -> render());
    }

    private void render() {
        list.getChildren().clear();
        for (DefectState d : model.defects()) {
            Label text = new Label(d.description());
            text.setWrapText(true);
            Label meta = Widgets.muted(model.roomLabel(d.room(), messages.locale()) + " · " + messages.label(d.status()) + " · "
                    + messages.get("defect.photoCount", d.photos().size()));
            TextField reason = new TextField();
            reason.setPromptText(messages.get("reinspection.reason"));
            reason.setMinHeight(Widgets.TOUCH);
            Button photo = Widgets.button(messages.get("defect.takePhoto"), "recheck-photo-" + d.id(),
                    () -> model.addPhoto(d, PhotoSource.Origin.CAMERA));
            Button repaired = Widgets.wide(Widgets.button(messages.get("reinspection.repaired"), "repaired-" + d.id(),
                    () -> model.repaired(d), "success"));
            Button open = Widgets.wide(Widgets.button(messages.get("reinspection.stillOpen"), "still-open-" + d.id(),
                    () -> model.stillOpen(d, reason.getText()), "danger"));
            boolean closed = !d.open();
            repaired.setDisable(closed);
            list.getChildren().add(Widgets.card(text, meta, reason, Widgets.row(photo, repaired, open)));
        }
        if (model.defects().isEmpty()) {
            list.getChildren().add(Widgets.muted(messages.get("inspection.noDefects")));
        }
        boolean signed = model.signedProperty().get();
        list.getChildren().addAll(Widgets.muted(messages.get("reinspection.signHint")),
                SignerCard.of(messages, "recheck-owner", messages.get("signoff.owner"), model.ownerNameProperty(),
                        model.ownerStrokes(), signed),
                SignerCard.of(messages, "recheck-inspector", messages.get("signoff.inspector"),
                        model.inspectorNameProperty(), model.inspectorStrokes(), signed));
    }

    @Override
    public String titleKey() {
        return "reinspection.title";
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
