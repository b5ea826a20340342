package com.handover.mobile.platform;

import java.nio.file.Path;

/** The app's private folder: the replica database and the photo files live under it. */
public interface AppStorage {
    Path privateFolder();
}
