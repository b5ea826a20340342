package com.handover.mobile.platform.attach;

import com.gluonhq.attach.pictures.PicturesService;
import com.handover.mobile.platform.CapturedImage;
import com.handover.mobile.platform.PhotoSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;

/** Attach Pictures: the camera (photo not saved to the public gallery) or the gallery; the image file's bytes. */
public final class AttachPhotoSource implements PhotoSource {

    @Override
    public Optional<CapturedImage> capture(Origin origin) {
        Optional<PicturesService> service = PicturesService.create();
        if (service.isEmpty()) {
            return Optional.empty();
        }
        PicturesService pictures = service.get();
        boolean got = origin == Origin.CAMERA
                ? pictures.takePhoto(false).isPresent()
                : pictures.loadImageFromGallery().isPresent();
        if (!got) {
            return Optional.empty();
        }
        Optional<File> file = pictures.getImageFile();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CapturedImage(Files.readAllBytes(file.get().toPath()), Instant.now()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
