package com.handover.mobile.ui.inspection;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.replica.InspectionChecklist;
import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.Choice;
import com.handover.mobile.ui.Navigation;
import com.handover.mobile.ui.common.FieldConflict;
import com.handover.mobile.ui.common.People;
import com.handover.mobile.ui.common.RecordProblem;
import com.handover.mobile.ui.common.RecordProblems;
import com.handover.model.DeliveryStandard;
import com.handover.model.InspectionStatus;
import com.handover.model.ItemResult;
import com.handover.model.PhotoRef;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.InstantiatedRoom;
import com.handover.model.checklist.MeasurementContext;
import com.handover.model.checklist.ToleranceCheck;
import com.handover.model.site.Unit;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.ItemEntry;
import com.handover.model.sync.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The handover checklist: rooms of the unit from the template, each item with one-tap pass / fail / not applicable,
 * a measured value where the item has a limit, "all remaining in this room pass", progress, resume where left.
 */
public final class InspectionViewModel {

    static final String TEMPLATE_NOT_ON_DEVICE = "inspection.error.templateNotOnDevice";

    private final AppContext app;
    private final Navigation navigation;
    private final UUID inspectionId;
    private final StringProperty unitLabel = new SimpleStringProperty("");
    private final ObservableList<RoomRow> rooms = FXCollections.observableArrayList();
    private final StringProperty selectedRoom = new SimpleStringProperty();
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final IntegerProperty answered = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final BooleanProperty readyToSign = new SimpleBooleanProperty();
    private final ObservableList<UserMessage> problems = FXCollections.observableArrayList();
    private final ObservableList<DefectState> defects = FXCollections.observableArrayList();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private MeasurementContext measurementContext = MeasurementContext.ORDINARY;
    private InspectionChecklist checklist;
    private Map<UUID, List<UserMessage>> defectProblems = Map.of();

    public InspectionViewModel(AppContext app, Navigation navigation, UUID inspectionId) {
        this.app = app;
        this.navigation = navigation;
        this.inspectionId = inspectionId;
        selectedRoom.addListener((o, a, b) -> refresh());
    }

    /** Reads the state again (after a save, a pull, or on opening; on opening it selects where to resume). */
    public void refresh() {
        InspectionState state = app.replica().read(s -> s.inspections().get(inspectionId));
        if (state == null) {
            error.set(UserMessage.of("inspection.error.missing"));
            return;
        }
        ReferenceData ref = app.reference().load();
        Optional<Unit> unit = ref.unit(state.unitId());
        unitLabel.set(unit.map(u -> ref.building(u.buildingId()).map(b -> b.name() + " ").orElse("") + u.number())
                .orElse(""));
        Optional<InspectionChecklist> found = InspectionChecklist.of(state, app.catalog());
        if (found.isEmpty()) {
            templateMissing(state);
            return;
        }
        if (error.get() != null && error.get().key().equals(TEMPLATE_NOT_ON_DEVICE)) {
            error.set(null);
        }
        InspectionChecklist c = found.get();
        checklist = c;
        measurementContext = unit.flatMap(u -> ref.building(u.buildingId()))
                .map(b -> MeasurementContext.ofBuilding(b.floors())).orElse(MeasurementContext.ORDINARY);
        if (selectedRoom.get() == null || c.room(selectedRoom.get()).isEmpty()) {
            selectedRoom.set(c.resumeRoom().key());
            return;
        }
        List<RoomRow> roomRows = new ArrayList<>();
        for (InstantiatedRoom r : c.rooms()) {
            roomRows.add(new RoomRow(r, c.answeredIn(r), r.room().items().size()));
        }
        rooms.setAll(roomRows);
        List<DefectState> inspectionDefects = app.replica().read(s -> s.defects().values().stream()
                .filter(d -> inspectionId.equals(d.inspectionId()))
                .sorted(Comparator.comparing(DefectState::openedAt)).toList());
        defects.setAll(inspectionDefects);
        List<RecordProblem> recordProblems = RecordProblems.of(app.replica(), EntityKind.INSPECTION, inspectionId, people());
        List<ItemRow> itemRows = itemRows(c, c.room(selectedRoom.get()).orElseThrow(), inspectionDefects, recordProblems);
        defectProblems = problemsByDefect(inspectionDefects);
        answered.set(c.answered());
        total.set(c.itemCount());
        readOnly.set(c.state().signed());
        readyToSign.set(c.status() == InspectionStatus.READY_TO_SIGN);
        // Problems of an item are shown on the item (in its room); the rest on the inspection as a whole.
        problems.setAll(recordProblems.stream().filter(p -> p.field() == null || !p.field().startsWith("item:"))
                .map(RecordProblem::message).toList());
        items.setAll(itemRows);
    }

    /** The newest conflict per field of this inspection. */
    private Map<String, FieldConflict> conflictsByField() {
        return app.replica().read(s -> {
            Map<String, FieldConflict> byField = new HashMap<>();
            s.conflictsOf(EntityKind.INSPECTION, inspectionId).forEach(conflict ->
                    FieldConflict.of(s, conflict).ifPresent(fc -> byField.merge(fc.field(), fc,
                            (a, b) -> Operation.CLOCK_ORDER.compare(a.winner(), b.winner()) >= 0 ? a : b)));
            return byField;
        });
    }

    private List<ItemRow> itemRows(InspectionChecklist c, InstantiatedRoom room, List<DefectState> inspectionDefects,
                                   List<RecordProblem> recordProblems) {
        Map<String, Long> defectsByItem = inspectionDefects.stream().filter(d -> d.itemCode() != null)
                .collect(Collectors.groupingBy(d -> ItemEntry.key(d.room(), d.itemCode()), Collectors.counting()));
        Map<String, FieldConflict> conflicts = conflictsByField();
        List<ItemRow> itemRows = new ArrayList<>();
        for (ChecklistItem item : room.room().items()) {
            Optional<ItemEntry> entry = c.entry(room.key(), item.code());
            itemRows.add(new ItemRow(room.key(), item, app.catalog().vocabulary().method(item.method()).orElse(null),
                    item.tolerance() == null ? null : item.tolerance().applicableLimit(measurementContext).orElse(null),
                    entry.map(ItemEntry::result).orElse(ItemResult.NOT_CHECKED),
                    entry.map(ItemEntry::measuredValue).orElse(null),
                    defectsByItem.getOrDefault(ItemEntry.key(room.key(), item.code()), 0L).intValue(),
                    conflicts.get(ItemRow.field(room.key(), item.code())),
                    itemProblems(recordProblems, ItemRow.field(room.key(), item.code()))));
        }
        return itemRows;
    }

    private Map<UUID, List<UserMessage>> problemsByDefect(List<DefectState> inspectionDefects) {
        Map<UUID, List<UserMessage>> byDefect = new HashMap<>();
        for (DefectState d : inspectionDefects) {
            byDefect.put(d.id(), RecordProblems.of(app.replica(), EntityKind.DEFECT, d.id(), people()).stream()
                    .map(RecordProblem::message).toList());
        }
        return byDefect;
    }

    /**
     * The inspection was started (on another device) with a template version that has not reached this one: say
     * so, and offer nothing to record until it has (sync brings it and the screen refreshes).
     */
    private void templateMissing(InspectionState state) {
        checklist = null;
        rooms.clear();
        items.clear();
        defects.clear();
        problems.clear();
        answered.set(0);
        total.set(0);
        readOnly.set(true);
        readyToSign.set(false);
        Object standard = Arrays.stream(DeliveryStandard.values())
                .filter(d -> d.name().equals(state.templateCode())).findFirst().<Object>map(d -> d)
                .orElse(state.templateCode());
        error.set(UserMessage.of(TEMPLATE_NOT_ON_DEVICE, standard, state.templateVersion()));
    }

    /** Whether the inspection's checklist is on the device (false until its template version has arrived). */
    public boolean available() {
        return checklist != null;
    }

    private static List<UserMessage> itemProblems(List<RecordProblem> all, String field) {
        return all.stream().filter(p -> p.concerns(field) && !p.message().key().equals("problem.conflict"))
                .map(RecordProblem::message).toList();
    }

    /** What a person should know about one of this inspection's defects (refused or conflicting changes). */
    public List<UserMessage> problemsOf(DefectState defect) {
        return defectProblems.getOrDefault(defect.id(), List.of());
    }

    /** Items of the whole inspection (any room) recorded differently by two people at the same time. */
    public List<FieldConflict> conflicts() {
        return app.replica().read(s -> s.conflictsOf(EntityKind.INSPECTION, inspectionId).stream()
                .map(c -> FieldConflict.of(s, c)).flatMap(Optional::stream).toList());
    }

    /** One tap: the item's answer. A failed item goes on to the defect form. */
    public void record(ItemRow row, ItemResult result) {
        if (readOnly.get()) {
            return;
        }
        save(List.of(new InspectionOps.ItemRecorded(row.room(), row.item().code(), result, row.measuredValue(), null)),
                () -> {
                    if (result == ItemResult.FAIL && row.defects() == 0) {
                        navigation.toNewDefect(inspectionId, row.room(), row.item().code());
                    }
                });
    }

    /** A measured value: pass or fail follows from the item's limit. */
    public void recordMeasured(ItemRow row, double value) {
        if (readOnly.get()) {
            return;
        }
        if (Double.isNaN(value) || Math.abs(value) > InspectionOps.MAX_MEASURED_VALUE) {
            error.set(UserMessage.of("inspection.error.measurement"));
            return;
        }
        ItemResult result = ToleranceCheck.suggest(row.item(), value, measurementContext)
                .map(ToleranceCheck.Suggestion::result).orElse(row.result());
        save(List.of(new InspectionOps.ItemRecorded(row.room(), row.item().code(), result, value, null)), () -> {
            if (result == ItemResult.FAIL && row.defects() == 0) {
                navigation.toNewDefect(inspectionId, row.room(), row.item().code());
            }
        });
    }

    /**
     * Every item of the selected room not yet answered passes, after the person agrees; measurement items without
     * a value are left for a figure (the question and the notice say how many), and the notice offers undo.
     */
    public void passRemainingInRoom() {
        if (readOnly.get()) {
            return;
        }
        List<ItemRow> open = items.stream().filter(r -> r.result() == ItemResult.NOT_CHECKED).toList();
        List<ItemRow> passing = open.stream().filter(r -> !r.measurable()).toList();
        int skipped = open.size() - passing.size();
        if (passing.isEmpty()) {
            error.set(UserMessage.of("inspection.passRemaining.nothing", skipped));
            return;
        }
        navigation.ask(UserMessage.of("inspection.passRemaining.confirm", passing.size(), skipped),
                new Choice("inspection.passRemaining.yes", "confirm-pass-remaining",
                        () -> passAll(passing, skipped)));
    }

    private void passAll(List<ItemRow> passing, int skipped) {
        save(answers(passing, ItemResult.PASS), () -> navigation.tell(
                UserMessage.of("inspection.passRemaining.done", passing.size(), skipped),
                new Choice("inspection.undo", "undo-pass-remaining",
                        () -> save(answers(passing, ItemResult.NOT_CHECKED), () -> { }))));
    }

    private static List<InspectionOps.ItemRecorded> answers(List<ItemRow> rows, ItemResult result) {
        return rows.stream()
                .map(r -> new InspectionOps.ItemRecorded(r.room(), r.item().code(), result, null, null)).toList();
    }

    /** Items of the whole inspection still without an answer. */
    public int unchecked() {
        return total.get() - answered.get();
    }

    /** Goes to the first room (from the selected one on, wrapping round) with an item still unanswered. */
    public void nextUnchecked() {
        if (checklist == null || unchecked() == 0) {
            return;
        }
        List<InstantiatedRoom> all = checklist.rooms();
        int from = Math.max(0, all.indexOf(checklist.room(selectedRoom.get()).orElse(null)));
        for (int i = 0; i < all.size(); i++) {
            InstantiatedRoom r = all.get((from + i) % all.size());
            if (checklist.answeredIn(r) < r.room().items().size()) {
                selectedRoom.set(r.key());
                return;
            }
        }
    }

    public void nextRoom() {
        for (int i = 0; i < rooms.size() - 1; i++) {
            if (rooms.get(i).room().key().equals(selectedRoom.get())) {
                selectedRoom.set(rooms.get(i + 1).room().key());
                return;
            }
        }
    }

    public void newDefect() {
        if (checklist != null) {
            navigation.toNewDefect(inspectionId, selectedRoom.get(), null);
        }
    }

    public void newDefect(ItemRow row) {
        navigation.toNewDefect(inspectionId, row.room(), row.item().code());
    }

    /** Marks up the photo that was tapped. */
    public void openMarkup(DefectState defect, PhotoRef photo) {
        navigation.toMarkup(defect.id(), photo.sha256());
    }

    public void openMarkup(DefectState defect) {
        if (!defect.photos().isEmpty()) {
            navigation.toMarkup(defect.id(), defect.photos().get(0).sha256());
        }
    }

    public void toSignOff() {
        if (checklist != null) {
            navigation.toSignOff(inspectionId);
        }
    }

    private void save(List<InspectionOps.ItemRecorded> payloads, Runnable then) {
        app.tasks().run(() -> {
            payloads.forEach(p -> app.replica().record(OperationType.INSPECTION_ITEM_RECORDED, inspectionId, p));
            return true;
        }, ok -> {
            refresh();
            app.sync().refreshCounts();
            then.run();
        }, e -> error.set(UserMessage.of("error.saveFailed")));
    }

    /** Names for the people who recorded answers (never account names). */
    public People people() {
        return People.of(app.session());
    }

    public String roomLabel(String key, Locale locale) {
        return checklist == null ? key : checklist.roomLabel(key, locale);
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public StringProperty unitLabelProperty() {
        return unitLabel;
    }

    public ObservableList<RoomRow> rooms() {
        return rooms;
    }

    public StringProperty selectedRoomProperty() {
        return selectedRoom;
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    public IntegerProperty answeredProperty() {
        return answered;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public BooleanProperty readyToSignProperty() {
        return readyToSign;
    }

    public ObservableList<UserMessage> problems() {
        return problems;
    }

    public ObservableList<DefectState> defects() {
        return defects;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }
}
