package com.handover.mobile.ui.workorders;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.Widgets;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** My work orders, most urgent first. */
public final class WorkOrdersView implements Screen {

    private final WorkOrdersViewModel model;
    private final VBox root;

    public WorkOrdersView(WorkOrdersViewModel model, Messages messages) {
        this.model = model;
        ListView<WorkOrderRow> list = new ListView<>(model.orders());
        list.setId("work-orders");
        list.setPlaceholder(Widgets.muted(messages.get("workorders.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            {
                setOnMouseClicked(e -> {
                    if (getItem() != null) {
                        model.open(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(WorkOrderRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(row.unitLabel() + " · " + row.order().description());
                title.setWrapText(true);
                String left;
                if (row.deadline() == null) {
                    left = messages.label(row.order().status());
                } else if (row.overdue()) {
                    left = messages.get("workorders.overdue", -row.timeLeft().toHours());
                } else {
                    left = messages.get("workorders.timeLeft", row.timeLeft().toHours(), row.timeLeft().toMinutesPart());
                }
                Label badge = new Label(left);
                badge.getStyleClass().addAll("badge", row.overdue() ? "stage-defects" : "stage-in_progress");
                HBox box = new HBox(8, new VBox(2, title, Widgets.muted(messages.label(row.order().severity())
                        + (row.order().emergency() ? " · " + messages.get("workorders.emergency") : ""))),
                        Widgets.grow(), badge);
                box.setMinHeight(Widgets.TOUCH + 8);
                box.setId("order-" + row.order().id());
                setGraphic(box);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(8, list);
        root.setPadding(new Insets(8));
    }

    @Override
    public String titleKey() {
        return "workorders.title";
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
