package com.handover.mobile.ui.common;

import com.handover.model.PhotoRef;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;

/** Thumbnails of a list of photos (downloaded when taken on another device); a tap hands the photo to {@code onTap}. */
public final class PhotoStrip extends FlowPane {

    public static final double THUMB = 72;

    public PhotoStrip(ObservableList<PhotoRef> photos, ThumbnailLoader thumbnails, Consumer<PhotoRef> onTap) {
        this(photos, thumbnails, onTap, THUMB);
    }

    public PhotoStrip(ObservableList<PhotoRef> photos, ThumbnailLoader thumbnails, Consumer<PhotoRef> onTap,
                      double size) {
        setHgap(6);
        setVgap(6);
        getStyleClass().add("photo-strip");
        Runnable update = () -> {
            getChildren().clear();
            for (PhotoRef p : photos) {
                getChildren().add(cell(p, thumbnails, onTap, size));
            }
        };
        photos.addListener((ListChangeListener<PhotoRef>) c -> update.run());
        update.run();
    }

    /** One thumbnail: a placeholder until the picture is there. */
    public static StackPane cell(PhotoRef photo, ThumbnailLoader thumbnails, Consumer<PhotoRef> onTap, double size) {
        StackPane cell = new StackPane(new Label("…"));
        cell.getStyleClass().add("thumb");
        cell.setId("thumb-" + photo.sha256().substring(0, 12));
        cell.setPrefSize(size, size);
        cell.setMinSize(size, size);
        cell.setMaxSize(size, size);
        thumbnails.load(photo.sha256(), file -> {
            ImageView view = new ImageView(new Image(file.toUri().toString(), size, size, true, true));
            cell.getChildren().setAll(view);
            cell.getStyleClass().add("loaded");
        });
        cell.setOnMouseClicked(e -> onTap.accept(photo));
        return cell;
    }
}
