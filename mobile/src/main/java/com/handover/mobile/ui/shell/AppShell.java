package com.handover.mobile.ui.shell;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.SyncStatusBar;
import com.handover.mobile.ui.common.SyncStatusViewModel;
import com.handover.mobile.ui.common.Widgets;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The frame around every screen: a top bar (back, title, language, sign out) and the sync status line. */
public final class AppShell extends BorderPane {

    private final SyncStatusViewModel sync;
    private Messages messages;
    private Runnable back = () -> { };
    private Runnable languageChanged = () -> { };
    private Runnable signOut = () -> { };

    public AppShell(Messages messages, SyncStatusViewModel sync) {
        this.messages = messages;
        this.sync = sync;
        getStyleClass().add("app-shell");
    }

    public Messages messages() {
        return messages;
    }

    void onBack(Runnable action) {
        back = action;
    }

    void onLanguageChanged(Runnable action) {
        languageChanged = action;
    }

    void onSignOut(Runnable action) {
        signOut = action;
    }

    void show(Screen screen, boolean canGoBack, boolean signedIn) {
        Button backButton = Widgets.button("‹", "back", back, "flat", "back-button");
        backButton.setVisible(canGoBack);
        backButton.setManaged(canGoBack);
        Label title = new Label(messages.get(screen.titleKey()));
        title.setId("title");
        title.getStyleClass().add("bar-title");
        Button language = Widgets.button(messages.get("app.otherLanguage"), "language", () -> {
            messages = new Messages(messages.chinese() ? Messages.ENGLISH : Messages.CHINESE);
            languageChanged.run();
        }, "flat");
        Button signOutButton = Widgets.button(messages.get("app.signOut"), "sign-out", signOut, "flat");
        signOutButton.setVisible(signedIn);
        signOutButton.setManaged(signedIn);
        HBox bar = new HBox(4, backButton, title, Widgets.grow(), language, signOutButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("top-bar");
        setTop(bar);
        setCenter(screen.root());
        setBottom(new SyncStatusBar(sync, messages));
    }
}
