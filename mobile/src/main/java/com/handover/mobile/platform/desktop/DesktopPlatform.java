package com.handover.mobile.platform.desktop;

import com.handover.mobile.photo.FxImageCodec;
import com.handover.mobile.photo.ImageCodec;
import com.handover.mobile.platform.FormFactor;
import com.handover.mobile.platform.PlatformServices;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.Window;

/** Desktop stand-ins: a file chooser for the camera, a folder under user.home, window focus for the lifecycle. */
public final class DesktopPlatform {

    /** The system property that picks the photo codec on the desktop. */
    public static final String CODEC_PROPERTY = "handover.imageCodec";
    private static final String AWT_CODEC = "com.handover.mobile.photo.AwtImageCodec";

    private DesktopPlatform() {
    }

    public static PlatformServices create(Supplier<Window> window) {
        Path folder = Path.of(System.getProperty("user.home"), ".handover-mobile");
        return new PlatformServices(new FileChooserPhotoSource(window), () -> folder,
                new WindowLifecycle(window), FormFactor.fromSystemProperty(), imageCodec());
    }

    /**
     * Java 2D on the desktop; {@code -Dhandover.imageCodec=javafx} runs the phone's codec here, to try it without a
     * phone. The Java 2D codec is loaded by name so that a phone's native image, which has no {@code java.awt},
     * never reaches it.
     */
    static ImageCodec imageCodec() {
        if ("javafx".equals(System.getProperty(CODEC_PROPERTY))) {
            return new FxImageCodec();
        }
        try {
            return (ImageCodec) Class.forName(AWT_CODEC).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return new FxImageCodec();
        }
    }
}
