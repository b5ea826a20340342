package com.handover.mobile.platform;

import com.handover.mobile.photo.ImageCodec;

/**
 * The platform seams the app uses, chosen once at start by the app's composition: Gluon Attach on a phone, desktop
 * stand-ins elsewhere. {@code images}: the photo codec, one without {@code java.awt} on a phone.
 */
public record PlatformServices(PhotoSource photos, AppStorage storage, AppLifecycle lifecycle, FormFactor formFactor,
                               ImageCodec images) {
}
