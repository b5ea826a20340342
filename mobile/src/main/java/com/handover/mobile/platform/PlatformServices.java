package com.handover.mobile.platform;

import com.handover.mobile.platform.attach.AttachPlatform;
import com.handover.mobile.platform.desktop.DesktopPlatform;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The platform seams the app uses, chosen once at start: Gluon Attach on a phone, desktop stand-ins elsewhere. */
public record PlatformServices(PhotoSource photos, AppStorage storage, AppLifecycle lifecycle, FormFactor formFactor) {

    public static PlatformServices detect(Supplier<Window> window) {
        return com.gluonhq.attach.util.Platform.isDesktop()
                ? DesktopPlatform.create(window)
                : AttachPlatform.create();
    }
}
