package com.handover.mobile;

import atlantafx.base.theme.PrimerLight;
import com.handover.mobile.i18n.Messages;
import com.handover.mobile.platform.attach.AttachPlatform;
import com.handover.mobile.platform.desktop.DesktopPlatform;
import com.handover.mobile.platform.PlatformServices;
import com.handover.mobile.sync.RetryPolicy;
import com.handover.mobile.sync.http.HttpClients;
import com.handover.mobile.sync.http.OkHttpSyncApi;
import com.handover.mobile.ui.FxTaskRunner;
import com.handover.mobile.ui.common.SyncStatusViewModel;
import com.handover.mobile.ui.shell.AppShell;
import com.handover.mobile.ui.shell.ScreenNavigator;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The app. On the desktop: {@code mvn -pl mobile javafx:run} (phone size) or with {@code -Dhandover.form=tablet}.
 */
public final class MobileApp extends Application {

    private MobileComposition composition;
    private FxTaskRunner tasks;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        PlatformServices platform = AttachPlatform.onDesktop()
                ? DesktopPlatform.create(() -> stage)
                : AttachPlatform.create();
        tasks = new FxTaskRunner();
        composition = MobileComposition.open(platform.storage().privateFolder(),
                new OkHttpSyncApi(HttpClients.create()), platform.photos(), platform.images(), tasks,
                Clock.systemDefaultZone(), RetryPolicy.standard(), System.getProperty("os.name", "device"));
        var app = composition.context();
        AppShell shell = new AppShell(new Messages(Messages.CHINESE),
                new SyncStatusViewModel(app.sync(), app.scheduler(), tasks, app.clock()));
        ScreenNavigator navigator = new ScreenNavigator(app, composition.deadlines(), shell);
        Scene scene = new Scene(shell, platform.formFactor().width(), platform.formFactor().height());
        scene.getStylesheets().add(MobileApp.class.getResource("ui/app.css").toExternalForm());
        stage.setTitle(shell.messages().get("app.name"));
        stage.setScene(scene);
        stage.show();
        platform.lifecycle().onResume(app.scheduler()::requestNow);
        platform.lifecycle().onPause(app.scheduler()::pause);
        if (app.session().signedIn()) {
            navigator.toHome();
            app.scheduler().requestNow();
        } else {
            navigator.toSignIn();
        }
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
