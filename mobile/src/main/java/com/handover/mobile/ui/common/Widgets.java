package com.handover.mobile.ui.common;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.i18n.UserMessage;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small builders for the large-target controls every screen uses. */
public final class Widgets {

    /** The smallest touch target, in px. */
    public static final double TOUCH = 48;

    /** The height of a box that shows two lines of body text. */
    public static final double TWO_LINES = 68;

    private Widgets() {
    }

    public static Button button(String text, String id, Runnable action, String... styles) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinHeight(TOUCH);
        // A button is never narrower than its text: a cut-off label ("Ma…") does not say what it does.
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().addAll(styles);
        b.setOnAction(e -> action.run());
        return b;
    }

    public static Button wide(Button b) {
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, Priority.ALWAYS);
        return b;
    }

    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        return l;
    }

    public static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }

    public static HBox row(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    public static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    public static VBox card(Node... nodes) {
        VBox box = new VBox(6, nodes);
        box.getStyleClass().add("card");
        box.setPadding(new Insets(12));
        return box;
    }

    /** A label over a form field. */
    public static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    /** Shows the values of a choice list by {@code name}; the list is never typed into. */
    public static <T> StringConverter<T> names(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A choice list of {@code items} showing their {@code name}s on as many lines as they need. */
    public static <T> ComboBox<T> choices(String id, List<T> items, ObjectProperty<T> value, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(names(name));
        wrapNames(box);
        return box;
    }

    /** Shows a choice list's long names on as many lines as they need, in the list and in the closed box. */
    public static <T> void wrapNames(ComboBox<T> box) {
        box.setCellFactory(v -> new WrappingCell<>(box));
        box.setButtonCell(new WrappingCell<>(box));
        box.setMinHeight(TWO_LINES);
    }

    private static final class WrappingCell<T> extends ListCell<T> {
        private final ComboBox<T> box;

        WrappingCell(ComboBox<T> box) {
            this.box = box;
            setWrapText(true);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : box.getConverter() == null ? item.toString() : box.getConverter().toString(item));
        }
    }

    /** A red line under a form that shows the view model's current error, if any. */
    public static Label errorLabel(Messages messages, ObjectProperty<UserMessage> error) {
        Label l = new Label();
        l.setId("error");
        l.getStyleClass().add("error-text");
        l.setWrapText(true);
        Runnable update = () -> {
            l.setText(error.get() == null ? "" : messages.get(error.get()));
            l.setVisible(error.get() != null);
            l.setManaged(error.get() != null);
        };
        error.addListener((o, a, b) -> update.run());
        update.run();
        return l;
    }
}
