package com.handover.mobile.ui.workorders;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.ui.common.PhotoStrip;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.SignaturePad;
import com.handover.mobile.ui.common.ThumbnailLoader;
import com.handover.mobile.ui.common.Widgets;
import com.handover.model.SignerRole;
import com.handover.model.sync.state.Confirmation;
import com.handover.model.sync.state.WorkOrderState;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One work order: check in, repair record with photos, completion, and the signature of each party present. */
public final class WorkOrderView implements Screen {

    private final WorkOrderViewModel model;
    private final Messages messages;
    private final ThumbnailLoader photos;
    private final VBox content = new VBox(10);
    private final VBox root;

    public WorkOrderView(WorkOrderViewModel model, Messages messages, ThumbnailLoader photos) {
        this.model = model;
        this.messages = messages;
        this.photos = photos;
        content.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("work-order-scroll");
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
        description.getStyleClass().add("item-name");
        Label status = new Label(messages.label(w.status()));
        status.setId("order-status");
        status.getStyleClass().addAll("badge", w.finished() ? "stage-signed" : "stage-in_progress");
        content.getChildren().add(Widgets.card(description, Widgets.row(status,
                Widgets.muted(messages.label(w.severity())))));
        content.getChildren().add(contactCard(model.contact()));
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
            content.getChildren().add(repairForm());
        } else if (w.completedAt() != null) {
            content.getChildren().add(repairRecord(w));
        }
        if (!w.confirmations().isEmpty()) {
            content.getChildren().add(confirmations(w));
        }
        if (!model.partiesStillToSign().isEmpty()) {
            content.getChildren().add(confirmForm());
        }
        content.getChildren().add(Widgets.errorLabel(messages, model.errorProperty()));
    }

    /** When to be there and whom to call. */
    private Node contactCard(OrderContact contact) {
        VBox card = Widgets.card();
        card.setId("order-contact");
        if (contact.deadline() != null) {
            Label deadline = new Label(messages.get("workorder.deadline", Date.from(contact.deadline()),
                    WorkOrderCard.timeLeftText(contact.timeLeft(), messages)));
            deadline.setId("order-deadline");
            deadline.setWrapText(true);
            deadline.getStyleClass().add(contact.overdue() ? "deadline-overdue" : "deadline-ok");
            card.getChildren().add(deadline);
        }
        String owner = contact.ownerName().isEmpty() ? messages.get("workorder.ownerUnknown") : contact.ownerName();
        Label ownerLine = new Label(messages.get("workorder.owner", owner));
        ownerLine.setId("order-owner");
        ownerLine.setWrapText(true);
        card.getChildren().add(ownerLine);
        if (!contact.ownerPhone().isEmpty()) {
            Label phone = new Label(messages.get("workorder.ownerPhone", contact.ownerPhone()));
            phone.setId("order-owner-phone");
            card.getChildren().add(phone);
        }
        return card;
    }

    private Node repairForm() {
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
        VBox card = Widgets.card(Widgets.title(messages.get("workorder.repair")), note, cost,
                Widgets.muted(messages.get("workorder.before")), new PhotoStrip(model.beforePhotos(), photos, p -> { }),
                Widgets.button(messages.get("defect.takePhoto"), "before-photo",
                        () -> model.addPhoto(false, PhotoSource.Origin.CAMERA)),
                Widgets.muted(messages.get("workorder.after")), new PhotoStrip(model.afterPhotos(), photos, p -> { }),
                Widgets.button(messages.get("defect.takePhoto"), "after-photo",
                        () -> model.addPhoto(true, PhotoSource.Origin.CAMERA)),
                Widgets.wide(Widgets.button(messages.get("workorder.complete"), "complete", model::complete, "accent")));
        return card;
    }

    private Node repairRecord(WorkOrderState w) {
        VBox card = Widgets.card(Widgets.title(messages.get("workorder.repair")));
        if (w.completionNote() != null) {
            Label note = new Label(w.completionNote());
            note.setWrapText(true);
            card.getChildren().add(note);
        }
        if (w.actualCostFen() != null) {
            card.getChildren().add(Widgets.muted(messages.get("workorder.actualCost",
                    BigDecimal.valueOf(w.actualCostFen()).movePointLeft(2).toPlainString())));
        }
        card.getChildren().addAll(
                Widgets.muted(messages.get("workorder.before")),
                new PhotoStrip(FXCollections.observableArrayList(w.beforePhotos()), photos, p -> { }),
                Widgets.muted(messages.get("workorder.after")),
                new PhotoStrip(FXCollections.observableArrayList(w.afterPhotos()), photos, p -> { }));
        card.setId("repair-record");
        return card;
    }

    private Node confirmations(WorkOrderState w) {
        VBox card = Widgets.card(Widgets.title(messages.get("workorder.confirmations")));
        for (SignerRole role : SignerRole.values()) {
            Confirmation c = w.confirmations().get(role);
            if (c != null) {
                Label line = new Label("✓ " + messages.label(role) + " · " + c.signature().signerName());
                line.setId("confirmed-" + role.name());
                line.getStyleClass().add("success-line");
                card.getChildren().add(line);
            }
        }
        if (!w.missingConfirmations().isEmpty()) {
            card.getChildren().add(Widgets.muted(messages.get("workorder.missing", w.missingConfirmations().stream()
                    .map(messages::label).reduce((a, b) -> a + "、" + b).orElse("-"))));
        }
        return card;
    }

    /** Each party present signs in turn: pick who signs, their name, the signature, confirm. */
    private Node confirmForm() {
        FlowPane parties = new FlowPane(8, 8);
        parties.setId("confirm-parties");
        for (SignerRole role : model.partiesStillToSign()) {
            Button pick = Widgets.button(messages.label(role), "party-" + role.name(), () -> {
                model.chooseParty(role);
                render();
            }, role == model.partyProperty().get() ? "accent" : "flat");
            parties.getChildren().add(pick);
        }
        TextField name = new TextField();
        name.setId("confirm-name");
        name.setMinHeight(Widgets.TOUCH);
        name.setPromptText(messages.get("workorder.signerName"));
        name.textProperty().bindBidirectional(model.signerNameProperty());
        SignaturePad pad = new SignaturePad(model.strokes(), 140);
        pad.setId("confirm-signature");
        Button clear = Widgets.button(messages.get("signoff.clear"), "confirm-clear", model.strokes()::clear, "flat");
        HBox.setHgrow(name, Priority.ALWAYS);
        SignerRole party = model.partyProperty().get();
        VBox card = Widgets.card(Widgets.title(messages.get("workorder.confirm")),
                Widgets.muted(messages.get("workorder.confirmHint")), parties, Widgets.row(name, clear), pad);
        if (party != null && model.canConfirmAs(party)) {
            card.getChildren().add(Widgets.wide(Widgets.button(messages.get("workorder.partySigns",
                    messages.label(party)), "party-confirms", () -> model.confirm(party), "accent")));
        }
        card.setId("confirm-card");
        return card;
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
