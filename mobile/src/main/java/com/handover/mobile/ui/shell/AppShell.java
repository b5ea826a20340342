package com.handover.mobile.ui.shell;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.ui.Choice;
import com.handover.mobile.ui.common.PromptSheet;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The frame around every screen: a top bar (back or, on the first screen, the signed-in person; title; language),
 * the questions and notices a screen raises, and the sync status line. Signing out starts from the person's name,
 * at the other end of the bar from the language switch, and always asks first.
 */
public final class AppShell extends BorderPane {

    private final SyncStatusViewModel sync;
    private Messages messages;
    private PromptSheet prompt;
    private Runnable back = () -> { };
    private Runnable languageChanged = () -> { };
    private Runnable account = () -> { };
    private String personName = "";

    public AppShell(Messages messages, SyncStatusViewModel sync) {
        this.messages = messages;
        this.sync = sync;
        this.prompt = new PromptSheet(messages);
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

    void onAccount(Runnable action) {
        account = action;
    }

    void ask(UserMessage question, Choice... choices) {
        prompt.ask(question, choices);
    }

    void tell(UserMessage notice, Choice... actions) {
        prompt.tell(notice, actions);
    }

    SyncStatusViewModel sync() {
        return sync;
    }

    void show(Screen screen, boolean canGoBack, boolean signedIn, String person) {
        personName = person == null ? "" : person;
        sync.signedInProperty().set(signedIn);
        Button backButton = Widgets.button("‹ " + messages.get("app.back"), "back", back, "flat", "back-button");
        backButton.setVisible(canGoBack);
        backButton.setManaged(canGoBack);
        boolean showAccount = signedIn && !canGoBack;
        Button accountButton = Widgets.button(messages.get("app.account", personName), "account", account,
                "flat", "account-button");
        accountButton.setWrapText(true);
        accountButton.setMinWidth(Widgets.TOUCH);
        accountButton.setMaxWidth(180);
        accountButton.setVisible(showAccount);
        accountButton.setManaged(showAccount);
        Label title = new Label(messages.get(screen.titleKey()));
        title.setId("title");
        title.getStyleClass().add("bar-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button language = Widgets.button(messages.get("app.otherLanguage"), "language", () -> {
            messages = new Messages(messages.chinese() ? Messages.ENGLISH : Messages.CHINESE);
            languageChanged.run();
        }, "flat", "language-button");
        HBox bar = new HBox(6, backButton, accountButton, Widgets.grow(), title, Widgets.grow(), language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("top-bar");
        setTop(bar);
        setCenter(screen.root());
        prompt = new PromptSheet(messages);
        setBottom(new VBox(prompt, new SyncStatusBar(sync, messages)));
    }

    /** The question or notice now shown, if any (for the screens' own checks). */
    public PromptSheet prompt() {
        return prompt;
    }
}
