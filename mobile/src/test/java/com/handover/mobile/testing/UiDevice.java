package com.handover.mobile.testing;

import atlantafx.base.theme.PrimerLight;
import com.handover.mobile.MobileApp;
import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.common.SyncStatusViewModel;
import com.handover.mobile.ui.shell.AppShell;
import com.handover.mobile.ui.shell.ScreenNavigator;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import okhttp3.mockwebserver.MockWebServer;
import org.testfx.api.FxToolkit;

/** The app's shell and navigator on a headless stage at phone size, over a {@link TestDevice}. */
public final class UiDevice implements AutoCloseable {

    public final TestDevice device;
    public final ScreenNavigator navigator;
    public final AppShell shell;
    public final Stage stage;

    private UiDevice(TestDevice device, ScreenNavigator navigator, AppShell shell, Stage stage) {
        this.device = device;
        this.navigator = navigator;
        this.shell = shell;
        this.stage = stage;
    }

    public static UiDevice start(Path folder) throws Exception {
        MockWebServer server = new MockWebServer();
        ProtocolDispatcher dispatcher = new ProtocolDispatcher().user("inspector1", "secret").user("maint1", "secret");
        server.setDispatcher(dispatcher);
        server.start();
        TestDevice device = new TestDevice(folder, server, dispatcher, new FxDirectTaskRunner());
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<UiDevice> ui = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            var app = device.app();
            AppShell shell = new AppShell(new Messages(Messages.CHINESE),
                    new SyncStatusViewModel(app.sync(), app.scheduler(), app.tasks(), app.clock()));
            ScreenNavigator navigator = new ScreenNavigator(app, device.composition.deadlines(), shell);
            Scene scene = new Scene(shell, 400, 800);
            scene.getStylesheets().add(MobileApp.class.getResource("ui/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            navigator.toSignIn();
            ui.set(new UiDevice(device, navigator, shell, stage));
        });
        return ui.get();
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        device.close();
    }
}
