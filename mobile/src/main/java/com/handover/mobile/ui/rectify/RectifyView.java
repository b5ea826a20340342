package com.handover.mobile.ui.rectify;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.Widgets;
import com.handover.model.site.Contractor;
import com.handover.model.site.Repairer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 送整改: the unit's open defects, each with its 责任单位; below, the repairer who follows the 整改 up and the
 * 整改期限; one button sends the chosen ones.
 */
public final class RectifyView implements Screen {

    private final RectifyViewModel model;
    private final Messages messages;
    private final VBox list = new VBox(8);
    private final VBox root;

    public RectifyView(RectifyViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        list.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        ComboBox<Repairer> repairer = Widgets.choices("rectify-repairer", model.repairers(), model.repairerProperty(),
                r -> r == null ? "" : r.name());
        model.repairers().addListener((ListChangeListener<Repairer>) c -> repairer.getItems().setAll(model.repairers()));
        ComboBox<Integer> deadline = Widgets.choices("rectify-deadline", model.deadlineChoices(),
                model.deadlineDaysProperty(), d -> d == null ? "" : messages.get("rectify.days", d, model.rectifyBy(d)));
        Button send = Widgets.wide(Widgets.button(messages.get("rectify.send"), "rectify-send", model::send, "accent"));
        VBox footer = new VBox(6, Widgets.fieldLabel(messages.get("rectify.repairer")), repairer,
                Widgets.fieldLabel(messages.get("rectify.deadline")), deadline,
                Widgets.errorLabel(messages, model.errorProperty()), send);
        footer.setPadding(new Insets(6, 8, 6, 8));
        footer.getStyleClass().add("footer");
        root = new VBox(scroll, footer);
        model.rows().addListener((ListChangeListener<RectifyRow>) c -> render());
    }

    private void render() {
        list.getChildren().setAll(Widgets.muted(messages.get("rectify.hint", model.unitName(), model.rows().size())));
        for (RectifyRow row : model.rows()) {
            list.getChildren().add(card(row));
        }
        if (model.rows().isEmpty()) {
            list.getChildren().add(Widgets.muted(messages.get("rectify.none")));
        }
    }

    private Node card(RectifyRow row) {
        CheckBox chosen = new CheckBox(row.defect().description());
        chosen.setId("rectify-choose-" + row.defect().id());
        chosen.setWrapText(true);
        chosen.setMinHeight(Widgets.TOUCH);
        chosen.selectedProperty().bindBidirectional(row.chosenProperty());
        String place = model.place(row.defect(), messages.locale());
        String severity = messages.label(row.defect().severity());
        ComboBox<Contractor> contractor = Widgets.choices("rectify-contractor-" + row.defect().id(), row.contractors(),
                row.contractorProperty(), k -> k == null ? "" : k.name());
        contractor.setPromptText(messages.get("rectify.chooseContractor"));
        return Widgets.card(chosen, Widgets.muted(place.isEmpty() ? severity : place + " · " + severity),
                Widgets.fieldLabel(messages.get("rectify.contractor")), contractor);
    }

    @Override
    public String titleKey() {
        return "rectify.title";
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
