package com.handover.mobile.platform.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.mobile.photo.AwtImageCodec;
import com.handover.mobile.photo.FxImageCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The desktop runs Java 2D unless asked to run the phone's codec. */
class DesktopCodecChoiceTest {

    @AfterEach
    void clear() {
        System.clearProperty(DesktopPlatform.CODEC_PROPERTY);
    }

    @Test
    void java2dByDefaultAndThePhonesCodecWhenAsked() {
        assertEquals(AwtImageCodec.class, DesktopPlatform.imageCodec().getClass());
        System.setProperty(DesktopPlatform.CODEC_PROPERTY, "javafx");
        assertEquals(FxImageCodec.class, DesktopPlatform.imageCodec().getClass());
    }
}
