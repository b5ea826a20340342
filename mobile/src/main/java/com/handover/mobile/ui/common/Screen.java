package com.handover.mobile.ui.common;

import javafx.scene.Node;

/** A screen the shell shows: its title (a bundle key), its content, and a refresh when data changed. */
public interface Screen {

    String titleKey();

    Node root();

    void refresh();

    /** Called when the person goes back; a screen holding unsaved work may ask first. {@code leave} goes back. */
    default void leaving(Runnable leave) {
        leave.run();
    }
}
