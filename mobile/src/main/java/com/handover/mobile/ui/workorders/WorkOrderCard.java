package com.handover.mobile.ui.workorders;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.common.Durations;
import com.handover.mobile.ui.common.Widgets;
import com.handover.model.Severity;
import java.time.Duration;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One work order in the repairer's list, built like an inspection item card: where (unit and room), what
 * (description), how urgent (severity, time left or how long overdue in red), status and photo count.
 */
final class WorkOrderCard {

    /** The card is the touch target: at least this tall. */
    static final double MIN_HEIGHT = 2 * Widgets.TOUCH;

    private WorkOrderCard() {
    }

    static VBox of(WorkOrderRow row, Messages messages) {
        String id = row.order().id().toString();
        Label where = new Label(row.unitLabel() + (roomOf(row, messages).isEmpty() ? "" : " · " + roomOf(row, messages)));
        where.getStyleClass().add("unit-number");
        where.setWrapText(true);
        where.setId("order-where-" + id);
        Label description = new Label(row.order().description());
        description.getStyleClass().add("item-name");
        description.setWrapText(true);

        Label severity = chip(messages.label(row.order().severity()),
                "severity-" + row.order().severity().name().toLowerCase(Locale.ROOT));
        Label status = chip(messages.label(row.order().status()),
                "order-status-" + row.order().status().name().toLowerCase(Locale.ROOT));
        status.setId("order-status-" + id);
        HBox chips = new HBox(6, severity, status);
        chips.setAlignment(Pos.CENTER_LEFT);
        if (row.order().emergency() && row.order().severity() != Severity.EMERGENCY) {
            chips.getChildren().add(chip(messages.get("workorders.emergency"), "severity-emergency"));
        }
        Label photos = Widgets.muted(messages.get("workorders.photos", row.photoCount()));
        photos.setId("order-photos-" + id);

        VBox card = Widgets.card(where, description, chips);
        if (row.timeLeft() != null) {
            Label deadline = new Label(timeLeftText(row.timeLeft(), messages));
            deadline.setId("order-deadline-" + id);
            deadline.getStyleClass().add(row.overdue() ? "deadline-overdue"
                    : row.group() == DueGroup.DUE_TODAY ? "deadline-today" : "deadline-ok");
            deadline.setWrapText(true);
            HBox line = new HBox(8, deadline, Widgets.grow(), photos);
            line.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(line);
        } else {
            card.getChildren().add(photos);
        }
        card.getStyleClass().add("work-order-card");
        if (row.overdue()) {
            card.getStyleClass().add("overdue");
        }
        card.setMinHeight(MIN_HEIGHT);
        card.setId("order-" + id);
        return card;
    }

    /** "剩余 5 小时 20 分", or once past the deadline "已超期 2 天 3 小时" (whole days from three days on). */
    static String timeLeftText(Duration left, Messages messages) {
        return messages.get(left.isNegative() ? "workorders.overdue" : "workorders.timeLeft",
                Durations.of(left, messages));
    }

    private static String roomOf(WorkOrderRow row, Messages messages) {
        return messages.pick(row.roomZh(), row.roomEn());
    }

    private static Label chip(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        return l;
    }
}
