package com.handover.mobile.ui.common;

import com.handover.mobile.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The status line at the bottom of every screen, with "sync now". */
public final class SyncStatusBar extends HBox {

    public SyncStatusBar(SyncStatusViewModel model, Messages messages) {
        getStyleClass().add("sync-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 12));
        setSpacing(8);
        Label line = new Label();
        line.setId("sync-status");
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(line, Priority.ALWAYS);
        Button now = Widgets.button(messages.get("sync.now"), "sync-now", model::syncNow, "flat");
        Runnable update = () -> {
            line.setText(messages.get(model.line()));
            line.getStyleClass().remove("sync-problem");
            if (model.problem()) {
                line.getStyleClass().add("sync-problem");
            }
        };
        model.statusProperty().addListener((o, a, b) -> update.run());
        model.signedInProperty().addListener((o, a, b) -> update.run());
        update.run();
        getChildren().addAll(line, now);
    }
}
