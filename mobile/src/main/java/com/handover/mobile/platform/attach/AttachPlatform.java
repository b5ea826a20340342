package com.handover.mobile.platform.attach;

import com.gluonhq.attach.display.DisplayService;
import com.gluonhq.attach.util.Platform;
import com.handover.mobile.photo.FxImageCodec;
import com.handover.mobile.platform.FormFactor;
import com.handover.mobile.platform.PlatformServices;

/** Gluon Attach on Android and iOS. */
public final class AttachPlatform {

    private AttachPlatform() {
    }

    /** True on a desktop JVM, where Attach offers no camera and the desktop stand-ins are used. */
    public static boolean onDesktop() {
        return Platform.isDesktop();
    }

    public static PlatformServices create() {
        FormFactor form = DisplayService.create().map(d -> d.isTablet() ? FormFactor.TABLET : FormFactor.PHONE)
                .orElse(FormFactor.PHONE);
        return new PlatformServices(new AttachPhotoSource(), new AttachStorage(), new AttachLifecycle(), form,
                new FxImageCodec());
    }
}
