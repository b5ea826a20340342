package com.handover.mobile.testing;

import atlantafx.base.theme.PrimerLight;
import com.handover.mobile.MobileApp;
import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.common.SyncStatusViewModel;
import com.handover.mobile.ui.shell.AppShell;
import com.handover.mobile.ui.shell.ScreenNavigator;
import com.handover.mobile.ui.workorders.WorkOrderDeadlines;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/** The app's shell and navigator over a device's services, on a headless stage at phone size (400 x 800). */
public record UiShell(ScreenNavigator navigator, AppShell shell, Stage stage) {

    public static UiShell show(AppContext app, WorkOrderDeadlines deadlines) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<UiShell> ui = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            AppShell shell = new AppShell(new Messages(Messages.CHINESE),
                    new SyncStatusViewModel(app.sync(), app.scheduler(), app.tasks(), app.clock()));
            ScreenNavigator navigator = new ScreenNavigator(app, deadlines, shell);
            Scene scene = new Scene(shell, 400, 800);
            scene.getStylesheets().add(MobileApp.class.getResource("ui/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            navigator.toSignIn();
            ui.set(new UiShell(navigator, shell, stage));
        });
        return ui.get();
    }
}
