package com.handover.mobile.ui.common;

import com.handover.mobile.photo.PhotoLibrary;
import com.handover.model.PhotoRef;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;

/** Thumbnails of a list of photos; a tap hands the photo to {@code onTap}. */
public final class PhotoStrip extends FlowPane {

    public static final double THUMB = 72;

    public PhotoStrip(ObservableList<PhotoRef> photos, PhotoLibrary library, Consumer<PhotoRef> onTap) {
        setHgap(6);
        setVgap(6);
        getStyleClass().add("photo-strip");
        Runnable update = () -> {
            getChildren().clear();
            for (PhotoRef p : photos) {
                StackPane cell = new StackPane();
                cell.getStyleClass().add("thumb");
                cell.setPrefSize(THUMB, THUMB);
                cell.setMinSize(THUMB, THUMB);
                Optional<Path> file = library.thumbnail(p.sha256());
                if (file.isPresent()) {
                    ImageView view = new ImageView(new Image(file.get().toUri().toString(), THUMB, THUMB, true, true));
                    cell.getChildren().add(view);
                } else {
                    cell.getChildren().add(new Label("…"));
                }
                cell.setOnMouseClicked(e -> onTap.accept(p));
                getChildren().add(cell);
            }
        };
        photos.addListener((ListChangeListener<PhotoRef>) c -> update.run());
        update.run();
    }
}
