package com.handover.mobile.ui.units;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.Widgets;
import com.handover.model.site.Building;
import com.handover.model.site.Project;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Project picker, buildings with counts, unit search and status filter, the unit list. */
public final class UnitsView implements Screen {

    private final UnitsViewModel model;
    private final VBox root;

    public UnitsView(UnitsViewModel model, Messages messages) {
        this.model = model;
        ComboBox<Project> project = new ComboBox<>(model.projects());
        project.setId("project");
        project.setMaxWidth(Double.MAX_VALUE);
        project.setMinHeight(Widgets.TOUCH);
        project.valueProperty().bindBidirectional(model.projectProperty());
        project.setConverter(converter(p -> p == null ? "" : p.name()));

        TextField search = new TextField();
        search.setId("unit-search");
        search.setPromptText(messages.get("units.search"));
        search.setMinHeight(Widgets.TOUCH);
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<UnitFilter> filter = new ComboBox<>();
        filter.setId("unit-filter");
        filter.getItems().setAll(UnitFilter.values());
        filter.setMinHeight(Widgets.TOUCH);
        filter.valueProperty().bindBidirectional(model.filterProperty());
        filter.setConverter(converter(f -> f == null ? "" : messages.label(f)));

        ListView<UnitRow> units = new ListView<>(model.units());
        units.setId("units");
        units.setCellFactory(v -> new UnitCell(messages, model));
        VBox.setVgrow(units, Priority.ALWAYS);
        Label empty = Widgets.muted(messages.get("units.empty"));
        units.setPlaceholder(empty);

        root = new VBox(8, project, buildings(model, messages), Widgets.row(search, filter), units,
                Widgets.errorLabel(messages, model.errorProperty()));
        root.setPadding(new Insets(8));
    }

    /** A chip for all buildings and one per building with its counts, in a row that scrolls sideways. */
    private static ScrollPane buildings(UnitsViewModel model, Messages messages) {
        HBox buildings = new HBox(8);
        buildings.setId("buildings");
        ToggleGroup buildingGroup = new ToggleGroup();
        Runnable renderBuildings = () -> {
            buildings.getChildren().clear();
            ToggleButton all = chip(messages.get("units.allBuildings"), null, buildingGroup, model);
            all.setSelected(model.buildingProperty().get() == null);
            buildings.getChildren().add(all);
            for (BuildingRow b : model.buildings()) {
                ToggleButton chip = chip(messages.get("units.buildingChip", b.building().name(), b.signed(), b.units(),
                        b.withOpenDefects()), b.building(), buildingGroup, model);
                chip.setSelected(b.building().equals(model.buildingProperty().get()));
                buildings.getChildren().add(chip);
            }
        };
        model.buildings().addListener((ListChangeListener<BuildingRow>) c -> renderBuildings.run());
        renderBuildings.run();
        ScrollPane buildingScroll = new ScrollPane(buildings);
        buildingScroll.setFitToHeight(true);
        buildingScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        buildingScroll.getStyleClass().add("chips");
        buildingScroll.setMinHeight(Widgets.TOUCH + 16);
        return buildingScroll;
    }

    private static ToggleButton chip(String text, Building building, ToggleGroup group, UnitsViewModel model) {
        ToggleButton chip = new ToggleButton(text);
        chip.setToggleGroup(group);
        chip.setMinHeight(Widgets.TOUCH);
        chip.getStyleClass().add("chip");
        chip.setOnAction(e -> model.buildingProperty().set(building));
        return chip;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static final class UnitCell extends ListCell<UnitRow> {
        private final Messages messages;
        private final UnitsViewModel model;

        UnitCell(Messages messages, UnitsViewModel model) {
            this.messages = messages;
            this.model = model;
            setOnMouseClicked(e -> {
                if (getItem() != null) {
                    model.open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(UnitRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label number = new Label(row.buildingName() + " " + row.unit().number());
            number.getStyleClass().add("unit-number");
            Label stage = new Label(messages.label(row.stage()));
            stage.getStyleClass().addAll("badge", "stage-" + row.stage().name().toLowerCase(Locale.ROOT));
            String detail = messages.label(row.unit().deliveryStandard())
                    + (row.unit().ownerName() == null ? "" : " · " + row.unit().ownerName())
                    + (row.itemCount() > 0 ? " · " + row.answered() + "/" + row.itemCount() : "")
                    + (row.openDefects() > 0 ? " · " + messages.get("units.openDefects", row.openDefects()) : "");
            VBox text = new VBox(2, number, Widgets.muted(detail));
            HBox box = new HBox(8, text, Widgets.grow(), stage);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinHeight(Widgets.TOUCH + 8);
            setId("unit-" + row.unit().number());
            setGraphic(box);
        }
    }

    @Override
    public String titleKey() {
        return "units.title";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
    }
}
