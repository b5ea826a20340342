package com.handover.mobile.platform.desktop;

import com.handover.mobile.platform.FormFactor;
import com.handover.mobile.platform.PlatformServices;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.Window;

/** Desktop stand-ins: a file chooser for the camera, a folder under user.home, window focus for the lifecycle. */
public final class DesktopPlatform {

    private DesktopPlatform() {
    }

    public static PlatformServices create(Supplier<Window> window) {
        Path folder = Path.of(System.getProperty("user.home"), ".handover-mobile");
        return new PlatformServices(new FileChooserPhotoSource(window), () -> folder,
                new WindowLifecycle(window), FormFactor.fromSystemProperty());
    }
}
