package com.handover.mobile.platform;

import java.util.Optional;

/** The camera and the gallery (Attach Pictures on a phone; a file chooser on the desktop). Called on the UI thread. */
public interface PhotoSource {

    enum Origin { CAMERA, GALLERY }

    /** Empty when the user cancelled or no image could be read. */
    Optional<CapturedImage> capture(Origin origin);
}
