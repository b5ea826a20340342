package com.handover.mobile.ui.common;

import com.handover.mobile.photo.PhotoLibrary;
import com.handover.mobile.ui.TaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Thumbnails for screens: at once when the photo is on this device, otherwise downloaded in the background (a photo
 * recorded on another device) and handed over when it arrives. Offline, the placeholder stays.
 */
public final class ThumbnailLoader {

    private final PhotoLibrary library;
    private final TaskRunner tasks;

    public ThumbnailLoader(PhotoLibrary library, TaskRunner tasks) {
        this.library = library;
        this.tasks = tasks;
    }

    public PhotoLibrary library() {
        return library;
    }

    /** Calls {@code show} on the UI thread with the thumbnail's file, now or once it has been downloaded. */
    public void load(String sha, Consumer<Path> show) {
        Optional<Path> local = library.thumbnail(sha);
        if (local.isPresent()) {
            show.accept(local.get());
            return;
        }
        tasks.run(() -> library.thumbnailOrDownload(sha), show, e -> { });
    }
}
