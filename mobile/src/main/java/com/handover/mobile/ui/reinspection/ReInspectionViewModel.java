package com.handover.mobile.ui.reinspection;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.replica.InspectionChecklist;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.Navigation;
import com.handover.model.DefectCloseReason;
import com.handover.model.DefectStatus;
import com.handover.model.PhotoRef;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Re-inspection (复验) of a unit's open defects: each is confirmed repaired or found still open, with photos. */
public final class ReInspectionViewModel {

    private final AppContext app;
    private final Navigation navigation;
    private final UUID inspectionId;
    private final ObservableList<DefectState> defects = FXCollections.observableArrayList();
    private final Map<UUID, List<PhotoRef>> newPhotos = new HashMap<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private Optional<InspectionChecklist> checklist = Optional.empty();

    public ReInspectionViewModel(AppContext app, Navigation navigation, UUID inspectionId) {
        this.app = app;
        this.navigation = navigation;
        this.inspectionId = inspectionId;
    }

    public void refresh() {
        InspectionState inspection = app.replica().read(s -> s.inspections().get(inspectionId));
        if (inspection == null) {
            error.set(UserMessage.of("inspection.error.missing"));
            return;
        }
        checklist = InspectionChecklist.of(inspection, app.catalog());
        List<DefectState> found = app.replica().read(s -> inspection.defectsToRecheck().stream()
                .map(id -> s.defects().get(id)).filter(d -> d != null).toList());
        defects.setAll(found);
    }

    public void addPhoto(DefectState defect, PhotoSource.Origin origin) {
        app.photoSource().capture(origin, captured -> {
            app.tasks().run(() -> app.photos().importPhoto(captured.bytes(), captured.capturedAt()),
                    ref -> newPhotos.computeIfAbsent(defect.id(), k -> new ArrayList<>()).add(ref),
                    e -> error.set(UserMessage.of("defect.error.photo")));
        });
    }

    public List<PhotoRef> newPhotos(DefectState defect) {
        return List.copyOf(newPhotos.getOrDefault(defect.id(), List.of()));
    }

    /** The repair holds: the defect is closed by this re-inspection. */
    public void repaired(DefectState defect) {
        List<PhotoRef> photos = newPhotos(defect);
        save(() -> {
            photos.forEach(p -> app.replica().record(OperationType.DEFECT_PHOTO_ATTACHED, defect.id(),
                    new DefectOps.PhotoAttached(p)));
            app.replica().record(OperationType.DEFECT_CLOSED, defect.id(),
                    new DefectOps.Closed(DefectCloseReason.REINSPECTION_PASSED, inspectionId));
        }, defect);
    }

    /** Still not right: a repaired (or closed) defect is reopened; an unrepaired one gets the new photos. */
    public void stillOpen(DefectState defect, String reason) {
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        List<PhotoRef> photos = newPhotos(defect);
        boolean reopen = defect.status() == DefectStatus.REPAIRED || defect.status() == DefectStatus.CLOSED;
        if (reopen && text == null) {
            error.set(UserMessage.of("reinspection.error.reason"));
            return;
        }
        save(() -> {
            if (reopen) {
                app.replica().record(OperationType.DEFECT_REOPENED, defect.id(),
                        new DefectOps.Reopened(text, inspectionId, photos));
            } else {
                photos.forEach(p -> app.replica().record(OperationType.DEFECT_PHOTO_ATTACHED, defect.id(),
                        new DefectOps.PhotoAttached(p)));
                if (text != null) {
                    app.replica().record(OperationType.DEFECT_UPDATED, defect.id(),
                            new DefectOps.Updated(defect.description() + "\n" + text, null, null, null));
                }
            }
        }, defect);
    }

    private void save(Runnable work, DefectState defect) {
        app.tasks().run(() -> {
            work.run();
            return true;
        }, ok -> {
            newPhotos.remove(defect.id());
            app.sync().refreshCounts();
            refresh();
        }, e -> error.set(UserMessage.of("error.saveFailed")));
    }

    public String roomLabel(String key, Locale locale) {
        return checklist.map(c -> c.roomLabel(key, locale)).orElse(key);
    }

    public void done() {
        navigation.toHome();
    }

    public ObservableList<DefectState> defects() {
        return defects;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }
}
