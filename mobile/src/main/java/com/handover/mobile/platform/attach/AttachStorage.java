package com.handover.mobile.platform.attach;

import com.gluonhq.attach.storage.StorageService;
import com.handover.mobile.platform.AppStorage;
import java.nio.file.Path;

/** Attach Storage: the app's private folder on the device. */
public final class AttachStorage implements AppStorage {

    @Override
    public Path privateFolder() {
        return StorageService.create()
                .flatMap(StorageService::getPrivateStorage)
                .map(f -> f.toPath().resolve("handover"))
                .orElseThrow(() -> new IllegalStateException("the device gave no private storage folder"));
    }
}
