package com.handover.mobile.ui.common;

import javafx.scene.Node;

/** A screen the shell shows: its title (a bundle key), its content, and a refresh when data changed. */
public interface Screen {

    String titleKey();

    Node root();

    void refresh();
}
