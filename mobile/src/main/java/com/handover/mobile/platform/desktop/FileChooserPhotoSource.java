package com.handover.mobile.platform.desktop;

import com.handover.mobile.platform.CapturedImage;
import com.handover.mobile.platform.PhotoSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** On the desktop there is no camera: both origins open a file chooser for a JPEG or PNG. */
public final class FileChooserPhotoSource implements PhotoSource {

    private final Supplier<Window> window;

    public FileChooserPhotoSource(Supplier<Window> window) {
        this.window = window;
    }

    @Override
    public void capture(Origin origin, Consumer<CapturedImage> then) {
        choose(origin).ifPresent(then);
    }

    private Optional<CapturedImage> choose(Origin origin) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JPEG / PNG", "*.jpg", "*.jpeg", "*.png"));
        File file = chooser.showOpenDialog(window.get());
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CapturedImage(Files.readAllBytes(file.toPath()),
                    origin == Origin.CAMERA ? Instant.now() : Files.getLastModifiedTime(file.toPath()).toInstant()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
