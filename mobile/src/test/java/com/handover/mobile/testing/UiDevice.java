package com.handover.mobile.testing;

import com.handover.mobile.ui.shell.AppShell;
import com.handover.mobile.ui.shell.ScreenNavigator;
import java.nio.file.Path;
import javafx.stage.Stage;
import okhttp3.mockwebserver.MockWebServer;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app's shell and navigator on a headless stage at phone size, over a {@link TestDevice}. */
public final class UiDevice implements AutoCloseable {

    public final TestDevice device;
    public final ScreenNavigator navigator;
    public final AppShell shell;
    public final Stage stage;

    private UiDevice(TestDevice device, UiShell ui) {
        this.device = device;
        this.navigator = ui.navigator();
        this.shell = ui.shell();
        this.stage = ui.stage();
    }

    public static UiDevice start(Path folder) throws Exception {
        MockWebServer server = new MockWebServer();
        ProtocolDispatcher dispatcher = new ProtocolDispatcher().user("inspector1", "secret").user("maint1", "secret");
        server.setDispatcher(dispatcher);
        server.start();
        TestDevice device = new TestDevice(folder, server, dispatcher, new FxDirectTaskRunner());
        return new UiDevice(device, UiShell.show(device.app(), device.composition.deadlines()));
    }

    /** Types the server, user name and password on the sign-in screen, as the person does, and signs in. */
    public void signInOnScreen(FxRobot robot, String username) {
        robot.clickOn("#server-url").write(device.url());
        robot.clickOn("#username").write(username);
        robot.clickOn("#password").write("secret");
        robot.clickOn("#sign-in");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        device.close();
    }
}
