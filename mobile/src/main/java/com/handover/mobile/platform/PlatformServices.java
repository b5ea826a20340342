package com.handover.mobile.platform;

/**
 * The platform seams the app uses, chosen once at start by the app's composition: Gluon Attach on a phone, desktop
 * stand-ins elsewhere.
 */
public record PlatformServices(PhotoSource photos, AppStorage storage, AppLifecycle lifecycle, FormFactor formFactor) {
}
