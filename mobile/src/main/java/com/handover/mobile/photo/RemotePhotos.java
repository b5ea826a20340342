package com.handover.mobile.photo;

import java.io.IOException;

/** Where photos taken on other devices come from: the server's blob store. */
@FunctionalInterface
public interface RemotePhotos {

    /** No server to ask (not signed in, or a device without sync). */
    RemotePhotos NONE = sha -> {
        throw new IOException("no server to download the photo " + sha + " from");
    };

    /** The photo's bytes; {@link IOException} when they cannot be had now (offline, not on the server yet). */
    byte[] download(String sha) throws IOException;
}
