package com.handover.mobile.ui.markup;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.Navigation;
import com.handover.model.MarkupShape;
import com.handover.model.PhotoRef;
import com.handover.model.Point;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.state.DefectState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Arrows, circles and short labels drawn over a defect photo, kept as a vector overlay (the photo is untouched);
 * saving also makes the report copy with capture time and unit stamped on it.
 */
public final class PhotoMarkupViewModel {

    private final AppContext app;
    private final Navigation navigation;
    private final UUID defectId;
    private final PhotoRef photo;
    private final String unitLabel;
    private final ObservableList<MarkupShape> shapes = FXCollections.observableArrayList();
    private final ObjectProperty<MarkupShape.Kind> tool = new SimpleObjectProperty<>(MarkupShape.Kind.ARROW);
    private final StringProperty label = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> stampedCopy = new SimpleObjectProperty<>();

    public PhotoMarkupViewModel(AppContext app, Navigation navigation, UUID defectId, String photoSha) {
        this.app = app;
        this.navigation = navigation;
        this.defectId = defectId;
        DefectState defect = app.replica().read(s -> s.defects().get(defectId));
        this.photo = defect.photos().stream().filter(p -> p.sha256().equals(photoSha)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("photo " + photoSha + " is not on defect " + defectId));
        shapes.setAll(defect.markups().getOrDefault(photoSha, List.of()));
        ReferenceData ref = app.reference().load();
        this.unitLabel = ref.unit(defect.unitId())
                .map(u -> ref.building(u.buildingId()).map(b -> b.name() + " ").orElse("") + u.number()).orElse("");
    }

    /** A shape from a drag: {@code from} and {@code to} as fractions of the photo's width and height. */
    public void draw(double fromX, double fromY, double toX, double toY) {
        Point from = point(fromX, fromY);
        Point to = point(toX, toY);
        MarkupShape.Kind kind = tool.get();
        if (kind == MarkupShape.Kind.TEXT) {
            String text = label.get().strip();
            if (text.isEmpty()) {
                error.set(UserMessage.of("markup.error.noText"));
                return;
            }
            if (text.length() > MarkupShape.MAX_LABEL) {
                text = text.substring(0, MarkupShape.MAX_LABEL);
            }
            shapes.add(new MarkupShape(kind, from, null, text));
        } else {
            shapes.add(new MarkupShape(kind, from, to, null));
        }
        error.set(null);
    }

    public void undo() {
        if (!shapes.isEmpty()) {
            shapes.remove(shapes.size() - 1);
        }
    }

    public void save() {
        var payload = new DefectOps.PhotoAnnotated(photo.sha256(), List.copyOf(shapes));
        app.tasks().run(() -> {
            app.replica().record(OperationType.DEFECT_PHOTO_ANNOTATED, defectId, payload);
            return app.photos().stampedCopy(photo, unitLabel);
        }, path -> {
            stampedCopy.set(path);
            app.sync().refreshCounts();
            navigation.back();
        }, e -> error.set(UserMessage.of("error.saveFailed")));
    }

    private static Point point(double fx, double fy) {
        return new Point((int) Math.round(Math.max(0, Math.min(1, fx)) * Point.SCALE),
                (int) Math.round(Math.max(0, Math.min(1, fy)) * Point.SCALE));
    }

    public Optional<Path> photoFile() {
        return app.photos().original(photo.sha256());
    }

    public PhotoRef photo() {
        return photo;
    }

    public ObservableList<MarkupShape> shapes() {
        return shapes;
    }

    public ObjectProperty<MarkupShape.Kind> toolProperty() {
        return tool;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<Path> stampedCopyProperty() {
        return stampedCopy;
    }
}
