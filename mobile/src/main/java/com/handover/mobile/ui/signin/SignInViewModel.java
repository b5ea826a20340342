package com.handover.mobile.ui.signin;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.session.UnsentWorkOfAnotherUser;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.Navigation;
import com.handover.mobile.sync.ApiException;
import java.io.IOException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Sign-in: server address, user name and password (never stored); then the reference data is fetched. The server
 * and user name of the last session are filled in, so signing in again after the token expired is one field.
 */
public final class SignInViewModel {

    private final AppContext app;
    private final Navigation navigation;
    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();

    public SignInViewModel(AppContext app, Navigation navigation) {
        this.app = app;
        this.navigation = navigation;
        app.session().current().ifPresent(s -> {
            serverUrl.set(s.serverUrl());
            username.set(s.username());
        });
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        if (serverUrl.get().isBlank() || username.get().isBlank() || password.get().isEmpty()) {
            error.set(UserMessage.of("signin.error.missing"));
            return;
        }
        String url = serverUrl.get().strip();
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            error.set(UserMessage.of("signin.error.badUrl"));
            return;
        }
        busy.set(true);
        error.set(null);
        app.tasks().run(() -> {
            app.session().signIn(url, username.get(), password.get());
            app.sync().refreshReference();
            app.replica().load();
            return true;
        }, ok -> {
            busy.set(false);
            password.set("");
            app.scheduler().requestNow();
            navigation.toHome();
        }, failure -> {
            busy.set(false);
            error.set(problem(failure));
        });
    }

    /** The words a person sees when signing in failed. */
    public static UserMessage problem(Throwable failure) {
        if (failure instanceof UnsentWorkOfAnotherUser u) {
            return UserMessage.of("signin.error.unsentWork", u.owner(), u.count());
        }
        if (failure instanceof ApiException e) {
            return switch (e.code()) {
                case "UNAUTHENTICATED" -> UserMessage.of("signin.error.badCredentials");
                case "RATE_LIMITED" -> UserMessage.of("signin.error.rateLimited",
                        e.retryAfterSeconds() == null ? 900 : e.retryAfterSeconds());
                case "UNSUPPORTED_PROTOCOL_VERSION" -> UserMessage.of("sync.error.updateApp");
                default -> UserMessage.of("signin.error.server", e.status() + " " + e.code());
            };
        }
        if (failure instanceof IOException) {
            return UserMessage.of("signin.error.offline");
        }
        if (failure instanceof IllegalArgumentException) {
            return UserMessage.of("signin.error.badUrl");
        }
        return UserMessage.of("signin.error.server", failure.getClass().getSimpleName());
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }
}
