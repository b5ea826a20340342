package com.handover.mobile.ui.common;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.ui.Choice;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The question or notice shown above the sync line: a sentence and its choices (the last one closes it without
 * doing anything). Hidden when empty; cleared when the screen changes.
 */
public final class PromptSheet extends VBox {

    private final Messages messages;

    public PromptSheet(Messages messages) {
        this.messages = messages;
        setId("prompt");
        getStyleClass().add("prompt-sheet");
        setSpacing(8);
        setPadding(new Insets(12));
        clear();
    }

    /** A question: the choices, then 取消. */
    public void ask(UserMessage question, Choice... choices) {
        show("prompt-question", question, "prompt.cancel", choices);
    }

    /** A notice: its actions, then 知道了. */
    public void tell(UserMessage notice, Choice... actions) {
        show("prompt-notice", notice, "prompt.close", actions);
    }

    private void show(String style, UserMessage text, String closeKey, Choice... choices) {
        getChildren().clear();
        getStyleClass().removeAll("prompt-question", "prompt-notice");
        getStyleClass().add(style);
        Label line = new Label(messages.get(text));
        line.setId("prompt-text");
        line.setWrapText(true);
        FlowPane buttons = new FlowPane(8, 8);
        for (Choice c : choices) {
            buttons.getChildren().add(Widgets.button(messages.get(c.labelKey()), c.id(), () -> {
                clear();
                c.action().run();
            }, "accent"));
        }
        Button close = Widgets.button(messages.get(closeKey), "prompt-close", this::clear);
        buttons.getChildren().add(close);
        getChildren().addAll(line, buttons);
        setVisible(true);
        setManaged(true);
    }

    public void clear() {
        getChildren().clear();
        setVisible(false);
        setManaged(false);
    }

    public boolean showing() {
        return isVisible();
    }
}
