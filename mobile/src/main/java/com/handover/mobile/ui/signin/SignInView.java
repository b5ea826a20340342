package com.handover.mobile.ui.signin;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.common.Screen;
import com.handover.mobile.ui.common.Widgets;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The sign-in form. */
public final class SignInView implements Screen {

    private final VBox root;

    public SignInView(SignInViewModel model, Messages messages) {
        Label heading = new Label(messages.get("app.name"));
        heading.getStyleClass().add("app-heading");
        Label hint = Widgets.muted(messages.get("signin.hint"));
        TextField server = field("server-url", messages.get("signin.server"));
        server.textProperty().bindBidirectional(model.serverUrlProperty());
        TextField user = field("username", messages.get("signin.username"));
        user.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.setPromptText(messages.get("signin.password"));
        password.setMinHeight(Widgets.TOUCH);
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setOnAction(e -> model.signIn());
        Button signIn = Widgets.wide(Widgets.button(messages.get("signin.submit"), "sign-in", model::signIn, "accent"));
        signIn.disableProperty().bind(model.busyProperty());
        root = new VBox(12, heading, hint, label(messages.get("signin.server")), server,
                label(messages.get("signin.username")), user, label(messages.get("signin.password")), password,
                signIn, Widgets.errorLabel(messages, model.errorProperty()));
        root.setPadding(new Insets(32, 24, 24, 24));
        root.getStyleClass().add("sign-in");
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setMinHeight(Widgets.TOUCH);
        return f;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    @Override
    public String titleKey() {
        return "signin.title";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        // The form holds only what the user typed.
    }
}
