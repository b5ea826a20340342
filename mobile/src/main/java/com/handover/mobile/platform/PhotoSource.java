package com.handover.mobile.platform;

import java.util.function.Consumer;

/**
 * The camera and the gallery (Attach Pictures on a phone; a file chooser on the desktop). Called on the UI thread;
 * the photo arrives later, on the UI thread, through {@code then}, which is not called when the person cancels or
 * the image cannot be read.
 */
public interface PhotoSource {

    enum Origin { CAMERA, GALLERY }

    void capture(Origin origin, Consumer<CapturedImage> then);
}
