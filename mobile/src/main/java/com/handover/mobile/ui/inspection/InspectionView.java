package com.handover.mobile.ui.inspection;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.ui.common.People;
import com.handover.mobile.ui.common.PhotoStrip;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.ThumbnailLoader;
import com.handover.mobile.ui.common.Widgets;
import com.handover.model.ItemResult;
import com.handover.model.checklist.ToleranceLimit;
import com.handover.model.sync.state.DefectState;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The checklist of one room at a time, answered with one tap per item. */
public final class InspectionView implements Screen {

    private final InspectionViewModel model;
    private final Messages messages;
    private final ThumbnailLoader thumbnails;
    private final VBox root;
    private final VBox itemList = new VBox(8);
    private final VBox defectList = new VBox(6);
    private final VBox problemList = new VBox(4);
    private final ComboBox<RoomRow> rooms = new ComboBox<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label unit = new Label();
    private final Label unchecked = new Label();
    private final Button toUnchecked;
    private final ObservableList<RoomRow> roomItems = FXCollections.observableArrayList();
    private boolean updatingRooms;

    public InspectionView(InspectionViewModel model, Messages messages, ThumbnailLoader thumbnails) {
        this.model = model;
        this.messages = messages;
        this.thumbnails = thumbnails;
        itemList.setId("items");
        defectList.setId("defects");
        problemList.getStyleClass().add("problems");
        toUnchecked = Widgets.button(messages.get("inspection.toUnchecked"), "to-unchecked", model::nextUnchecked, "flat");
        VBox content = new VBox(10, problemList, itemList, Widgets.title(messages.get("inspection.defects")), defectList);
        content.setPadding(new Insets(0, 8, 8, 8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("items-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(6, header(), scroll, footer());
        model.items().addListener((ListChangeListener<ItemRow>) c -> render());
        model.defects().addListener((ListChangeListener<DefectState>) c -> renderDefects());
        model.rooms().addListener((ListChangeListener<RoomRow>) c -> selectRoom());
    }

    /** The unit, the progress through its items and the room picker. */
    private VBox header() {
        unit.getStyleClass().add("section-title");
        unit.textProperty().bind(model.unitLabelProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("progress");
        progressText.setId("progress-text");
        HBox.setHgrow(progress, Priority.ALWAYS);
        rooms.setId("room");
        rooms.setMaxWidth(Double.MAX_VALUE);
        rooms.setMinHeight(Widgets.TOUCH);
        rooms.setItems(roomItems);
        rooms.setCellFactory(v -> new RoomCell());
        rooms.setButtonCell(new RoomCell());
        rooms.valueProperty().addListener((o, a, b) -> {
            if (!updatingRooms && b != null) {
                model.selectedRoomProperty().set(b.room().key());
            }
        });
        VBox header = new VBox(6, unit, Widgets.row(progress, progressText), rooms);
        header.setPadding(new Insets(8, 8, 0, 8));
        return header;
    }

    /** The room's actions, what is left unchecked, the way to sign-off and the last error. */
    private VBox footer() {
        Button passRest = Widgets.wide(Widgets.button(messages.get("inspection.passRemaining"), "pass-remaining",
                model::passRemainingInRoom, "success"));
        Button next = Widgets.button(messages.get("inspection.nextRoom"), "next-room", model::nextRoom);
        Button defect = Widgets.button(messages.get("inspection.newDefect"), "new-defect", model::newDefect);
        Button signOff = Widgets.wide(Widgets.button(messages.get("inspection.toSignOff"), "to-sign-off",
                model::toSignOff, "accent"));
        unchecked.setId("unchecked-count");
        unchecked.getStyleClass().add("unchecked-count");
        unchecked.setWrapText(true);
        passRest.disableProperty().bind(model.readOnlyProperty());
        defect.disableProperty().bind(model.readOnlyProperty());
        HBox actions = Widgets.row(passRest, next, defect);
        HBox remaining = Widgets.row(unchecked, Widgets.grow(), toUnchecked);
        HBox bottom = Widgets.row(signOff);
        VBox footer = new VBox(6, actions, remaining, bottom, Widgets.errorLabel(messages, model.errorProperty()));
        footer.setPadding(new Insets(6, 8, 6, 8));
        footer.getStyleClass().add("footer");
        return footer;
    }

    private void selectRoom() {
        updatingRooms = true;
        roomItems.setAll(model.rooms());
        rooms.getSelectionModel().select(model.rooms().stream()
                .filter(r -> r.room().key().equals(model.selectedRoomProperty().get())).findFirst().orElse(null));
        updatingRooms = false;
    }

    private void render() {
        progress.setProgress(model.totalProperty().get() == 0 ? 0
                : (double) model.answeredProperty().get() / model.totalProperty().get());
        progressText.setText(model.answeredProperty().get() + "/" + model.totalProperty().get());
        int open = model.unchecked();
        unchecked.setText(open > 0 ? messages.get("inspection.unchecked", open) : messages.get("inspection.allChecked"));
        toUnchecked.setVisible(open > 0);
        toUnchecked.setManaged(open > 0);
        selectRoom();
        itemList.getChildren().clear();
        for (ItemRow row : model.items()) {
            itemList.getChildren().add(itemCard(row));
        }
        problemList.getChildren().clear();
        model.problems().forEach(p -> problemList.getChildren().add(problemLabel(p)));
    }

    private Label problemLabel(UserMessage p) {
        Label l = new Label(messages.get(p));
        l.getStyleClass().add("problem");
        l.setWrapText(true);
        return l;
    }

    private void renderDefects() {
        defectList.getChildren().clear();
        if (model.defects().isEmpty()) {
            defectList.getChildren().add(Widgets.muted(messages.get("inspection.noDefects")));
        }
        for (DefectState d : model.defects()) {
            Label text = new Label(d.description());
            text.setWrapText(true);
            Label meta = Widgets.muted(messages.label(d.severity()) + " · " + model.roomLabel(d.room(), messages.locale()) + " · "
                    + messages.get("defect.photoCount", d.photos().size()) + " · " + messages.label(d.status()));
            Button markup = Widgets.button(messages.get("inspection.markup"), "markup-" + d.id(),
                    () -> model.openMarkup(d), "flat");
            markup.setDisable(d.photos().isEmpty());
            VBox card = Widgets.card(text, Widgets.row(meta, Widgets.grow(), markup));
            if (!d.photos().isEmpty()) {
                card.getChildren().add(new PhotoStrip(FXCollections.observableArrayList(d.photos()), thumbnails,
                        p -> model.openMarkup(d, p), 56));
            }
            model.problemsOf(d).forEach(p -> card.getChildren().add(problemLabel(p)));
            card.setId("defect-" + d.id());
            defectList.getChildren().add(card);
        }
    }

    private Node itemCard(ItemRow row) {
        String code = row.item().code();
        Label name = new Label(messages.pick(row.item().nameZh(), row.item().nameEn()));
        name.getStyleClass().add("item-name");
        name.setWrapText(true);
        String method = row.method() == null ? row.item().method() : messages.pick(row.method().nameZh(), row.method().nameEn());
        Label criterion = Widgets.muted(method + " · " + messages.pick(row.item().criterionZh(), row.item().criterionEn()));
        HBox buttons = new HBox(6,
                answer(row, ItemResult.PASS, "pass-" + code, "inspection.pass", "success"),
                answer(row, ItemResult.FAIL, "fail-" + code, "inspection.fail", "danger"),
                answer(row, ItemResult.NOT_APPLICABLE, "na-" + code, "inspection.na", "neutral"));
        VBox card = Widgets.card(name, criterion);
        People people = model.people();
        if (row.measurable()) {
            card.getChildren().add(measurement(row));
        }
        if (row.hasConflict()) {
            var c = row.conflict();
            Label conflict = new Label(messages.get(UserMessage.of("inspection.conflict",
                    people.name(c.winnerActor()), c.winnerValue(), people.name(c.loserActor()), c.loserValue())));
            conflict.setId("conflict-" + code);
            conflict.setWrapText(true);
            conflict.getStyleClass().add("conflict");
            card.getChildren().add(conflict);
        }
        for (UserMessage p : row.problems()) {
            card.getChildren().add(problemLabel(p));
        }
        if (row.defects() > 0) {
            Label defects = new Label(messages.get("units.openDefects", row.defects()));
            defects.getStyleClass().addAll("badge", "stage-defects");
            card.getChildren().add(defects);
        }
        card.getChildren().add(buttons);
        card.setId("item-" + code);
        card.getStyleClass().add("result-" + row.result().name().toLowerCase(Locale.ROOT));
        return card;
    }

    private Node measurement(ItemRow row) {
        ToleranceLimit limit = row.limit();
        String bound = limit.bound().name().equals("MAX") ? "≤" : "≥";
        Label hint = Widgets.muted(messages.get("inspection.limit", bound, limit.value().toPlainString(), limit.unit().symbol()));
        TextField value = new TextField(row.measuredValue() == null ? "" : stripZeros(row.measuredValue()));
        value.setId("measure-" + row.item().code());
        value.setPromptText(messages.get("inspection.measured"));
        value.setPrefColumnCount(6);
        value.setMinHeight(Widgets.TOUCH);
        value.setDisable(model.readOnlyProperty().get());
        Button save = Widgets.button(messages.get("inspection.saveMeasure"), "save-measure-" + row.item().code(), () -> {
            try {
                model.recordMeasured(row, Double.parseDouble(value.getText().strip()));
            } catch (NumberFormatException e) {
                model.errorProperty().set(UserMessage.of("inspection.error.measurement"));
            }
        });
        save.setDisable(model.readOnlyProperty().get());
        value.setOnAction(e -> save.fire());
        HBox box = new HBox(8, hint, Widgets.grow(), value, save);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static String stripZeros(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private Button answer(ItemRow row, ItemResult result, String id, String key, String style) {
        Button b = Widgets.wide(Widgets.button(messages.get(key), id, () -> model.record(row, result), "answer"));
        if (row.result() == result) {
            b.getStyleClass().addAll("chosen", style);
        }
        b.setDisable(model.readOnlyProperty().get());
        return b;
    }

    private final class RoomCell extends ListCell<RoomRow> {
        @Override
        protected void updateItem(RoomRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : messages.get(r.done() ? "inspection.roomRow.done" : "inspection.roomRow",
                    r.room().label(messages.locale()), r.answered(), r.total()));
        }
    }

    @Override
    public String titleKey() {
        return "inspection.title";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
        render();
        renderDefects();
    }
}
