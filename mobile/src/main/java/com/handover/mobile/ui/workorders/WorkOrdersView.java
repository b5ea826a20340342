package com.handover.mobile.ui.workorders;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.Widgets;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * My work orders as cards under three headings (已超期, 今日到期, 其他), each by time left; tapping a card opens the order. A repairer has tens of
 * open orders at most, so the cards sit in a scrolling column (each sized to its own text) rather than a
 * virtualised list of fixed-height cells.
 */
public final class WorkOrdersView implements Screen {

    private final WorkOrdersViewModel model;
    private final Messages messages;
    private final VBox cards = new VBox(8);
    private final VBox root;

    public WorkOrdersView(WorkOrdersViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        cards.setId("work-orders");
        cards.setFillWidth(true);
        cards.setPadding(new Insets(2, 2, 8, 2));
        model.orders().addListener((ListChangeListener<WorkOrderRow>) c -> render());
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("card-list");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(8, scroll);
        root.setPadding(new Insets(8));
        render();
    }

    private void render() {
        cards.getChildren().clear();
        if (model.orders().isEmpty()) {
            cards.getChildren().add(Widgets.muted(messages.get("workorders.empty")));
            return;
        }
        DueGroup heading = null;
        for (WorkOrderRow row : model.orders()) {
            if (row.group() != heading) {
                heading = row.group();
                cards.getChildren().add(groupTitle(heading));
            }
            VBox card = WorkOrderCard.of(row, messages);
            card.setOnMouseClicked(e -> model.open(row));
            cards.getChildren().add(card);
        }
    }

    private Label groupTitle(DueGroup group) {
        long count = model.orders().stream().filter(r -> r.group() == group).count();
        Label title = Widgets.title(messages.get("workorders.group", messages.label(group), count));
        title.setId("group-" + group.name());
        title.getStyleClass().add("group-" + group.name().toLowerCase(Locale.ROOT));
        return title;
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
