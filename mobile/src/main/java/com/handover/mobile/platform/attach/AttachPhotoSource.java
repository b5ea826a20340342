package com.handover.mobile.platform.attach;

import com.gluonhq.attach.pictures.PicturesService;
import com.handover.mobile.platform.CapturedImage;
import com.handover.mobile.platform.PhotoSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Attach Pictures, asynchronously: the camera (photo not saved to the public gallery) or the gallery. The picture
 * arrives through the service's image property; its file's bytes go to the one waiting request. A cancelled
 * request is replaced by the next one.
 */
public final class AttachPhotoSource implements PhotoSource {

    private PicturesService pictures;
    private Consumer<CapturedImage> waiting;

    @Override
    public void capture(Origin origin, Consumer<CapturedImage> then) {
        Optional<PicturesService> service = service();
        if (service.isEmpty()) {
            return;
        }
        waiting = then;
        if (origin == Origin.CAMERA) {
            service.get().asyncTakePhoto(false);
        } else {
            service.get().asyncLoadImageFromGallery();
        }
    }

    private Optional<PicturesService> service() {
        if (pictures == null) {
            pictures = PicturesService.create().orElse(null);
            if (pictures != null) {
                pictures.imageProperty().addListener((o, before, image) -> {
                    if (image != null) {
                        deliver();
                    }
                });
            }
        }
        return Optional.ofNullable(pictures);
    }

    private void deliver() {
        Consumer<CapturedImage> then = waiting;
        waiting = null;
        Optional<File> file = pictures.getImageFile();
        if (then == null || file.isEmpty()) {
            return;
        }
        try {
            then.accept(new CapturedImage(Files.readAllBytes(file.get().toPath()), Instant.now()));
        } catch (IOException e) {
            // The image could not be read: as if cancelled; the person takes it again.
        }
    }
}
