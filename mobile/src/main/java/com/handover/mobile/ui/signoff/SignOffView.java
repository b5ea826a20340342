package com.handover.mobile.ui.signoff;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.SignaturePad;
import com.handover.mobile.ui.common.Widgets;
import com.handover.model.KeyType;
import com.handover.model.MeterType;
import com.handover.model.SignOffDecision;
import com.handover.model.sync.state.DefectState;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Summary, meters, keys, decision and the two signatures; read-only with the content hash once signed. */
public final class SignOffView implements Screen {

    private final SignOffViewModel model;
    private final Messages messages;
    private final VBox content = new VBox(12);
    private final VBox root;

    public SignOffView(SignOffViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        content.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("sign-off-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(scroll);
        model.signedProperty().addListener((o, a, b) -> render());
    }

    private void render() {
        boolean signed = model.signedProperty().get();
        content.getChildren().clear();
        content.getChildren().add(Widgets.title(model.unitLabelProperty().get()));
        Label findings = new Label(messages.get("signoff.findings", model.passedProperty().get(),
                model.failedProperty().get(), model.notApplicableProperty().get(), model.unansweredProperty().get()));
        findings.setId("findings");
        findings.setWrapText(true);
        content.getChildren().add(Widgets.card(findings));
        VBox defects = new VBox(4);
        for (DefectState d : model.defects()) {
            defects.getChildren().add(Widgets.muted("• " + d.description() + " (" + messages.label(d.severity()) + ")"));
        }
        if (model.defects().isEmpty()) {
            defects.getChildren().add(Widgets.muted(messages.get("inspection.noDefects")));
        }
        content.getChildren().addAll(Widgets.title(messages.get("inspection.defects")), defects);

        GridPane meters = new GridPane();
        meters.setHgap(8);
        meters.setVgap(6);
        int row = 0;
        for (MeterType m : MeterType.values()) {
            TextField f = new TextField();
            f.setId("meter-" + m.name());
            f.setMinHeight(Widgets.TOUCH);
            f.textProperty().bindBidirectional(model.meter(m));
            f.setEditable(!signed);
            meters.addRow(row++, new Label(messages.label(m)), f);
        }
        content.getChildren().addAll(Widgets.title(messages.get("signoff.meters")), meters);

        GridPane keys = new GridPane();
        keys.setHgap(8);
        keys.setVgap(6);
        row = 0;
        for (KeyType k : KeyType.values()) {
            Spinner<Integer> s = new Spinner<>(0, 99, model.keys(k).get());
            s.setId("keys-" + k.name());
            s.setMinHeight(Widgets.TOUCH);
            s.setDisable(signed);
            s.valueProperty().addListener((o, a, b) -> model.keys(k).set(b));
            keys.addRow(row++, new Label(messages.label(k)), s);
        }
        content.getChildren().addAll(Widgets.title(messages.get("signoff.keys")), keys);

        HBox decisions = new HBox(6);
        ToggleGroup group = new ToggleGroup();
        for (SignOffDecision d : SignOffDecision.values()) {
            ToggleButton t = new ToggleButton(messages.label(d));
            t.setId("decision-" + d.name());
            t.setToggleGroup(group);
            t.setWrapText(true);
            t.setMinHeight(Widgets.TOUCH);
            t.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(t, Priority.ALWAYS);
            t.setSelected(model.decisionProperty().get() == d);
            t.setDisable(signed);
            t.setOnAction(e -> model.decisionProperty().set(d));
            decisions.getChildren().add(t);
        }
        content.getChildren().addAll(Widgets.title(messages.get("signoff.decision")), decisions);
        content.getChildren().addAll(signer("owner", messages.get("signoff.owner"), model.ownerNameProperty(),
                model.ownerStrokes(), signed));
        content.getChildren().addAll(signer("inspector", messages.get("signoff.inspector"),
                model.inspectorNameProperty(), model.inspectorStrokes(), signed));
        if (signed) {
            Label done = new Label(messages.get("signoff.signed"));
            done.getStyleClass().add("success-text");
            Label hash = new Label(model.contentHashProperty().get());
            hash.setId("content-hash");
            hash.setWrapText(true);
            hash.getStyleClass().add("hash");
            Button home = Widgets.wide(Widgets.button(messages.get("signoff.done"), "sign-off-done", model::done, "accent"));
            content.getChildren().addAll(Widgets.card(done, Widgets.muted(messages.get("signoff.hash")), hash), home);
        } else {
            Button sign = Widgets.wide(Widgets.button(messages.get("signoff.sign"), "sign", model::sign, "accent"));
            sign.disableProperty().bind(model.busyProperty());
            content.getChildren().addAll(Widgets.errorLabel(messages, model.errorProperty()), sign);
        }
    }

    private Node[] signer(String id, String title, javafx.beans.property.StringProperty name,
                          javafx.collections.ObservableList<com.handover.model.Stroke> strokes, boolean signed) {
        TextField nameField = new TextField();
        nameField.setId(id + "-name");
        nameField.setMinHeight(Widgets.TOUCH);
        nameField.textProperty().bindBidirectional(name);
        nameField.setEditable(!signed);
        SignaturePad pad = new SignaturePad(strokes, 140);
        pad.setId(id + "-signature");
        pad.setEditable(!signed);
        Button clear = Widgets.button(messages.get("signoff.clear"), id + "-clear", strokes::clear, "flat");
        clear.setDisable(signed);
        return new Node[] {Widgets.title(title), Widgets.row(nameField, clear), pad};
    }

    @Override
    public String titleKey() {
        return "signoff.title";
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
