package com.handover.mobile.ui.defect;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.replica.InspectionChecklist;
import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.Choice;
import com.handover.model.ItemResult;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.state.ItemEntry;
import com.handover.mobile.ui.Navigation;
import com.handover.model.FloorPlanPin;
import com.handover.model.PhotoRef;
import com.handover.model.Point;
import com.handover.model.Severity;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.Trade;
import com.handover.model.checklist.WarrantyCategory;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.state.InspectionState;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A new defect: description (with common phrases), severity, trade, photos (taken or picked, compressed, at
 * least one unless a reason is given), and a pin on the unit type's floor plan where there is one.
 */
public final class DefectFormViewModel {

    public static final String DEFAULT_TRADE = "CIVIL";
    public static final String DEFAULT_WARRANTY_CATEGORY = "OTHER";

    private final AppContext app;
    private final Navigation navigation;
    private final UUID inspectionId;
    private final UUID unitId;
    private final String room;
    private final ChecklistItem item;
    private final String floorPlanSha;
    private final Optional<InspectionChecklist> checklist;
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(Severity.NORMAL);
    private final ObjectProperty<Trade> trade = new SimpleObjectProperty<>();
    private final ObjectProperty<WarrantyCategory> warrantyCategory = new SimpleObjectProperty<>();
    private final ObservableList<PhotoRef> photos = FXCollections.observableArrayList();
    private final StringProperty noPhotoReason = new SimpleStringProperty("");
    private final ObjectProperty<Point> pin = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private boolean saved;

    public DefectFormViewModel(AppContext app, Navigation navigation, UUID inspectionId, String room, String itemCode) {
        this.app = app;
        this.navigation = navigation;
        this.inspectionId = inspectionId;
        this.room = room;
        InspectionState inspection = app.replica().read(s -> s.inspections().get(inspectionId));
        this.unitId = inspection.unitId();
        this.checklist = InspectionChecklist.of(inspection, app.catalog());
        this.item = itemCode == null ? null : app.catalog().template(inspection.templateCode(), inspection.templateVersion())
                .flatMap(t -> t.item(itemCode)).orElse(null);
        ReferenceData ref = app.reference().load();
        this.floorPlanSha = ref.unit(unitId).flatMap(u -> ref.unitType(u.unitTypeId()))
                .map(t -> t.floorPlanSha256()).orElse(null);
        var vocabulary = app.catalog().vocabulary();
        String tradeCode = item == null ? DEFAULT_TRADE : item.trade();
        String categoryCode = item == null ? DEFAULT_WARRANTY_CATEGORY : item.warrantyCategory();
        trade.set(vocabulary.trade(tradeCode).orElse(vocabulary.trades().get(0)));
        warrantyCategory.set(vocabulary.warrantyCategory(categoryCode).orElse(vocabulary.warrantyCategories().get(0)));
    }

    public void appendPhrase(String phrase) {
        String current = description.get().strip();
        description.set(current.isEmpty() ? phrase : current + "," + phrase);
    }

    /** Takes or picks a photo (on the UI thread), then compresses and stores it in the background. */
    public void addPhoto(PhotoSource.Origin origin) {
        app.photoSource().capture(origin, captured -> {
            busy.set(true);
            app.tasks().run(() -> app.photos().importPhoto(captured.bytes(), captured.capturedAt()), ref -> {
                busy.set(false);
                if (photos.stream().noneMatch(p -> p.sha256().equals(ref.sha256()))) {
                    photos.add(ref);
                }
            }, e -> {
                busy.set(false);
                error.set(UserMessage.of("defect.error.photo"));
            });
        });
    }

    public void removePhoto(PhotoRef photo) {
        photos.remove(photo);
    }

    /** Places the pin, in units of 1/10000 of the plan's width and height. */
    public void placePin(double fractionX, double fractionY) {
        int x = (int) Math.round(Math.max(0, Math.min(1, fractionX)) * Point.SCALE);
        int y = (int) Math.round(Math.max(0, Math.min(1, fractionY)) * Point.SCALE);
        pin.set(new Point(x, y));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        String text = description.get().strip();
        if (text.isEmpty()) {
            error.set(UserMessage.of("defect.error.description"));
            return;
        }
        String reason = noPhotoReason.get().strip();
        if (photos.isEmpty() && reason.isEmpty()) {
            error.set(UserMessage.of("defect.error.photoOrReason"));
            return;
        }
        DefectOps.Opened opened;
        try {
            opened = new DefectOps.Opened(unitId, inspectionId, room, item == null ? null : item.code(), text,
                    severity.get(), trade.get().code(), warrantyCategory.get().code(),
                    pin.get() == null ? null : new FloorPlanPin(pin.get()), List.copyOf(photos),
                    reason.isEmpty() ? null : reason, LocalDate.now(app.clock()));
        } catch (IllegalArgumentException e) {
            error.set(UserMessage.of("defect.error.invalid", e.getMessage()));
            return;
        }
        busy.set(true);
        UUID defectId = UUID.randomUUID();
        app.tasks().run(() -> app.replica().record(OperationType.DEFECT_OPENED, defectId, opened), op -> {
            busy.set(false);
            saved = true;
            app.sync().refreshCounts();
            navigation.back();
        }, e -> {
            busy.set(false);
            error.set(UserMessage.of("error.saveFailed"));
        });
    }

    /**
     * Going back without saving. An item failed on the way here and still without a defect is not left red with
     * nothing to repair: the person keeps writing, or the fail is undone (the item is unchecked again). A form with
     * text or photos is only dropped when the person says so.
     */
    public void leave(Runnable goBack) {
        if (saved) {
            goBack.run();
            return;
        }
        Optional<ItemEntry> failed = failedItemWithoutDefect();
        if (failed.isPresent()) {
            // The item's name in both languages: the zh text shows {0}, the en text {1}.
            navigation.ask(UserMessage.of("defect.leave.failedItem", item.nameZh(), item.nameEn()),
                    new Choice("defect.leave.undoFail", "undo-fail", () -> undoFail(failed.get(), goBack)));
            return;
        }
        if (!description.get().isBlank() || !photos.isEmpty()) {
            navigation.ask(UserMessage.of("defect.leave.discard"), new Choice("defect.leave.discardYes", "discard-defect", goBack));
            return;
        }
        goBack.run();
    }

    private Optional<ItemEntry> failedItemWithoutDefect() {
        if (item == null) {
            return Optional.empty();
        }
        return app.replica().read(s -> {
            InspectionState inspection = s.inspections().get(inspectionId);
            ItemEntry entry = inspection == null ? null : inspection.items().get(ItemEntry.key(room, item.code()));
            boolean hasDefect = s.defects().values().stream().anyMatch(d -> inspectionId.equals(d.inspectionId())
                    && room.equals(d.room()) && item.code().equals(d.itemCode()));
            return entry != null && entry.result() == ItemResult.FAIL && !hasDefect
                    ? Optional.of(entry) : Optional.empty();
        });
    }

    private void undoFail(ItemEntry entry, Runnable goBack) {
        var unchecked = new InspectionOps.ItemRecorded(room, item.code(), ItemResult.NOT_CHECKED, entry.measuredValue(), null);
        app.tasks().run(() -> app.replica().record(OperationType.INSPECTION_ITEM_RECORDED, inspectionId, unchecked), op -> {
            saved = true;
            app.sync().refreshCounts();
            goBack.run();
            navigation.tell(UserMessage.of("defect.leave.failUndone", item.nameZh(), item.nameEn()));
        }, e -> error.set(UserMessage.of("error.saveFailed")));
    }

    public String room() {
        return room;
    }

    public String roomLabel(Locale locale) {
        return checklist.map(c -> c.roomLabel(room, locale)).orElse(room);
    }

    public ChecklistItem item() {
        return item;
    }

    public boolean hasFloorPlan() {
        return floorPlanSha != null && app.photos().original(floorPlanSha).isPresent();
    }

    public String floorPlanSha() {
        return floorPlanSha;
    }

    public List<Trade> trades() {
        return app.catalog().vocabulary().trades();
    }

    public List<WarrantyCategory> warrantyCategories() {
        return app.catalog().vocabulary().warrantyCategories();
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public ObjectProperty<Trade> tradeProperty() {
        return trade;
    }

    public ObjectProperty<WarrantyCategory> warrantyCategoryProperty() {
        return warrantyCategory;
    }

    public ObservableList<PhotoRef> photos() {
        return photos;
    }

    public StringProperty noPhotoReasonProperty() {
        return noPhotoReason;
    }

    public ObjectProperty<Point> pinProperty() {
        return pin;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }
}
