package com.handover.mobile.ui.signoff;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.common.PhotoStrip;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.SignerCard;
import com.handover.mobile.ui.common.ThumbnailLoader;
import com.handover.mobile.ui.common.Widgets;
import com.handover.model.ItemResult;
import com.handover.model.KeyType;
import com.handover.model.MeterType;
import com.handover.model.SignOffDecision;
import com.handover.model.sync.state.DefectState;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Summary and sign-off as cards: findings with counts, defects with thumbnails, meters, keys, the owner's decision
 * (large, one tap), both signatures; once signed, read-only with the signed content hash in a readable block.
 */
public final class SignOffView implements Screen {

    private final SignOffViewModel model;
    private final Messages messages;
    private final ThumbnailLoader thumbnails;
    private final VBox content = new VBox(12);
    private final VBox root;

    public SignOffView(SignOffViewModel model, Messages messages, ThumbnailLoader thumbnails) {
        this.model = model;
        this.messages = messages;
        this.thumbnails = thumbnails;
        content.setPadding(new Insets(10, 10, 16, 10));
        content.getStyleClass().add("sign-off");
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
        Label unit = new Label(model.unitLabelProperty().get());
        unit.getStyleClass().add("screen-heading");
        content.getChildren().add(unit);
        if (signed) {
            content.getChildren().add(signedCard());
        } else if (model.unansweredProperty().get() > 0) {
            content.getChildren().add(uncheckedCard("unchecked-top"));
        }
        content.getChildren().addAll(findingsCard(), defectsCard(), metersCard(signed), keysCard(signed),
                decisionCard(signed),
                SignerCard.of(messages, "owner", messages.get("signoff.owner"), model.ownerNameProperty(), model.ownerStrokes(), signed),
                SignerCard.of(messages, "inspector", messages.get("signoff.inspector"), model.inspectorNameProperty(),
                        model.inspectorStrokes(), signed));
        if (signed) {
            if (model.rectifyOffered()) {
                content.getChildren().add(Widgets.wide(Widgets.button(messages.get("signoff.rectify"),
                        "sign-off-rectify", model::toRectify, "accent")));
            }
            content.getChildren().add(Widgets.wide(Widgets.button(messages.get("signoff.done"), "sign-off-done",
                    model::done, model.rectifyOffered() ? "flat" : "accent")));
        } else {
            if (model.unansweredProperty().get() > 0) {
                content.getChildren().add(uncheckedCard("unchecked-bottom"));
            }
            Button sign = Widgets.wide(Widgets.button(messages.get("signoff.sign"), "sign", model::sign, "accent", "big"));
            sign.disableProperty().bind(model.busyProperty());
            content.getChildren().addAll(Widgets.errorLabel(messages, model.errorProperty()), sign);
        }
    }

    /** Shown before the signatures (and again above 确认签字): how many items are unanswered, and a way to them. */
    private Node uncheckedCard(String id) {
        Label count = new Label(messages.get("inspection.unchecked", model.unansweredProperty().get()));
        count.getStyleClass().add("unchecked-count");
        count.setWrapText(true);
        VBox card = card(id, count, Widgets.wide(Widgets.button(messages.get("inspection.toUnchecked"),
                id + "-go", model::toUnchecked)));
        card.getStyleClass().add("card-warning");
        return card;
    }

    private Node signedCard() {
        Label done = new Label("✓ " + messages.get("signoff.signed"));
        done.getStyleClass().add("success-text");
        done.setWrapText(true);
        Label hash = new Label(grouped(model.contentHashProperty().get()));
        hash.setId("content-hash");
        hash.setWrapText(true);
        hash.getStyleClass().add("hash-block");
        hash.setMaxWidth(Double.MAX_VALUE);
        VBox card = card("signed-card", done, Widgets.muted(messages.get("signoff.hash")), hash);
        card.getStyleClass().add("card-signed");
        return card;
    }

    /** The hash in groups of eight, four groups a line: easy to read aloud and compare with the printed record. */
    static String grouped(String hash) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hash.length(); i += 8) {
            if (i > 0) {
                sb.append(i % 32 == 0 ? '\n' : ' ');
            }
            sb.append(hash, i, Math.min(hash.length(), i + 8));
        }
        return sb.toString();
    }

    private Node findingsCard() {
        HBox tiles = new HBox(8,
                tile("count-pass", model.passedProperty().get(), messages.label(ItemResult.PASS), "tile-pass"),
                tile("count-fail", model.failedProperty().get(), messages.label(ItemResult.FAIL), "tile-fail"),
                tile("count-na", model.notApplicableProperty().get(),
                        messages.label(ItemResult.NOT_APPLICABLE), "tile-na"),
                tile("count-open", model.unansweredProperty().get(),
                        messages.label(ItemResult.NOT_CHECKED),
                        model.unansweredProperty().get() > 0 ? "tile-open" : "tile-na"));
        Label findings = new Label(messages.get("signoff.findings", model.passedProperty().get(),
                model.failedProperty().get(), model.notApplicableProperty().get(), model.unansweredProperty().get()));
        findings.setId("findings");
        findings.setVisible(false);
        findings.setManaged(false);
        return card("findings-card", Widgets.title(messages.get("signoff.findingsTitle")), tiles, findings);
    }

    private Node tile(String id, int count, String label, String style) {
        Label number = new Label(Integer.toString(count));
        number.getStyleClass().add("tile-number");
        Label caption = new Label(label);
        caption.getStyleClass().add("tile-caption");
        VBox tile = new VBox(2, number, caption);
        tile.setId(id);
        tile.setAlignment(Pos.CENTER);
        tile.getStyleClass().addAll("tile", style);
        tile.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tile, Priority.ALWAYS);
        return tile;
    }

    private Node defectsCard() {
        VBox card = card("defects-card", Widgets.title(messages.get("signoff.defectsTitle", model.defects().size())));
        if (model.defects().isEmpty()) {
            card.getChildren().add(Widgets.muted(messages.get("inspection.noDefects")));
        }
        for (DefectState d : model.defects()) {
            Node thumb = d.photos().isEmpty() ? placeholder()
                    : PhotoStrip.cell(d.photos().get(0), thumbnails, p -> { }, 56);
            Label text = new Label(d.description());
            text.setWrapText(true);
            text.getStyleClass().add("item-name");
            Label meta = Widgets.muted(messages.label(d.severity()) + " · " + model.roomLabel(d.room(), messages.locale())
                    + (d.photos().size() > 1 ? " · " + messages.get("defect.photoCount", d.photos().size()) : ""));
            VBox words = new VBox(2, text, meta);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox row = new HBox(10, thumb, words);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("defect-row");
            card.getChildren().add(row);
        }
        return card;
    }

    private static Node placeholder() {
        Label none = new Label("—");
        VBox box = new VBox(none);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("thumb");
        box.setMinSize(56, 56);
        box.setPrefSize(56, 56);
        return box;
    }

    private Node metersCard(boolean signed) {
        GridPane grid = grid();
        int row = 0;
        for (MeterType m : MeterType.values()) {
            TextField f = new TextField();
            f.setId("meter-" + m.name());
            f.setMinHeight(Widgets.TOUCH);
            f.setPromptText(messages.get("signoff.reading"));
            f.textProperty().bindBidirectional(model.meter(m));
            f.setEditable(!signed);
            grid.addRow(row++, fieldLabel(messages.label(m)), f,
                    Widgets.muted(messages.get("signoff.unit." + m.name())));
        }
        return card("meters-card", Widgets.title(messages.get("signoff.meters")), grid);
    }

    private Node keysCard(boolean signed) {
        GridPane grid = grid();
        int row = 0;
        for (KeyType k : KeyType.values()) {
            Spinner<Integer> s = new Spinner<>(0, 99, model.keys(k).get());
            s.setId("keys-" + k.name());
            s.setMinHeight(Widgets.TOUCH);
            s.setPrefWidth(120);
            s.setDisable(signed);
            s.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
            s.valueProperty().addListener((o, a, b) -> model.keys(k).set(b));
            grid.addRow(row++, fieldLabel(messages.label(k)), s);
        }
        return card("keys-card", Widgets.title(messages.get("signoff.keys")), grid);
    }

    private Node decisionCard(boolean signed) {
        VBox choices = new VBox(8);
        ToggleGroup group = new ToggleGroup();
        for (SignOffDecision d : SignOffDecision.values()) {
            ToggleButton t = new ToggleButton(symbol(d) + "  " + messages.label(d));
            t.setId("decision-" + d.name());
            t.setToggleGroup(group);
            t.setWrapText(true);
            t.setMinHeight(56);
            t.setMaxWidth(Double.MAX_VALUE);
            t.setAlignment(Pos.CENTER_LEFT);
            t.getStyleClass().addAll("decision", "decision-" + d.name().toLowerCase(Locale.ROOT));
            t.setSelected(model.decisionProperty().get() == d);
            t.setDisable(signed && model.decisionProperty().get() != d);
            t.setOnAction(e -> {
                if (signed) {
                    t.setSelected(true);
                    return;
                }
                model.decisionProperty().set(d);
                t.setSelected(true);
            });
            choices.getChildren().add(t);
        }
        return card("decision-card", Widgets.title(messages.get("signoff.decision")), choices);
    }

    private static String symbol(SignOffDecision d) {
        return switch (d) {
            case ACCEPT -> "✓";
            case ACCEPT_WITH_DEFECTS -> "!";
            case REFUSE -> "✕";
        };
    }

    private static VBox card(String id, Node... nodes) {
        VBox card = Widgets.card(nodes);
        card.setId(id);
        return card;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(110);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, field);
        return grid;
    }

    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        l.setWrapText(true);
        return l;
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
