package com.handover.mobile.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls the enclosing scroll pane so that a node is in view, as a finger would. */
final class Scrolling {

    private Scrolling() {
    }

    static void reveal(Node node) {
        Parent p = node.getParent();
        while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        if (!(p instanceof ScrollPane scroll)) {
            return;
        }
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (extra > 0) {
            double target = inContent.getMinY() - (scroll.getViewportBounds().getHeight() - inContent.getHeight()) / 2;
            scroll.setVvalue(Math.max(0, Math.min(1, target / extra)));
        }
        scroll.layout();
    }
}
