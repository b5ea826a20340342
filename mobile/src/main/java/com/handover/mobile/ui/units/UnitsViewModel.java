package com.handover.mobile.ui.units;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.replica.InspectionChecklist;
import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.Choice;
import com.handover.mobile.ui.Navigation;
import com.handover.mobile.ui.rectify.RectifyAvailability;
import com.handover.model.InspectionKind;
import com.handover.model.InspectionStatus;
import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.InstantiatedRoom;
import com.handover.model.site.Building;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Projects, buildings with counts, and units with search by number and a status filter. */
public final class UnitsViewModel {

    private final AppContext app;
    private final Navigation navigation;
    private final ObservableList<Project> projects = FXCollections.observableArrayList();
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObservableList<BuildingRow> buildings = FXCollections.observableArrayList();
    private final ObjectProperty<Building> building = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<UnitFilter> filter = new SimpleObjectProperty<>(UnitFilter.ALL);
    private final ObservableList<UnitRow> units = FXCollections.observableArrayList();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private ReferenceData reference = ReferenceData.EMPTY;
    private List<UnitRow> allRows = List.of();

    public UnitsViewModel(AppContext app, Navigation navigation) {
        this.app = app;
        this.navigation = navigation;
        project.addListener((o, a, b) -> {
            building.set(null);
            recompute();
        });
        building.addListener((o, a, b) -> applyFilter());
        search.addListener((o, a, b) -> applyFilter());
        filter.addListener((o, a, b) -> applyFilter());
    }

    /** Reloads the reference data and the replica's state. */
    public void refresh() {
        reference = app.reference().load();
        Project selected = project.get();
        projects.setAll(reference.projects());
        if (selected == null || !reference.projects().contains(selected)) {
            project.set(projects.isEmpty() ? null : projects.get(0));
        }
        recompute();
    }

    private void recompute() {
        Project p = project.get();
        if (p == null) {
            allRows = List.of();
            buildings.clear();
            units.clear();
            return;
        }
        allRows = unitRows(p);
        List<BuildingRow> counted = new ArrayList<>();
        for (Building b : reference.buildings()) {
            if (b.projectId().equals(p.id())) {
                counted.add(counted(b, allRows));
            }
        }
        buildings.setAll(counted);
        applyFilter();
    }

    /** The project's units with their stage and open defects, by building, floor and number. */
    private List<UnitRow> unitRows(Project p) {
        Map<UUID, String> buildingNames = new HashMap<>();
        reference.buildings().forEach(b -> buildingNames.put(b.id(), b.name()));
        Map<UUID, List<InspectionState>> inspectionsByUnit = new HashMap<>();
        Map<UUID, Integer> openDefectsByUnit = new HashMap<>();
        app.replica().read(s -> {
            for (InspectionState i : s.inspections().values()) {
                inspectionsByUnit.computeIfAbsent(i.unitId(), k -> new ArrayList<>()).add(i);
            }
            for (DefectState d : s.defects().values()) {
                if (d.open()) {
                    openDefectsByUnit.merge(d.unitId(), 1, Integer::sum);
                }
            }
            return null;
        });
        List<UnitRow> rows = new ArrayList<>();
        for (Unit u : reference.units()) {
            if (u.projectId().equals(p.id())) {
                rows.add(row(u, buildingNames.getOrDefault(u.buildingId(), ""),
                        inspectionsByUnit.getOrDefault(u.id(), List.of()), openDefectsByUnit.getOrDefault(u.id(), 0)));
            }
        }
        rows.sort(Comparator.comparing((UnitRow r) -> r.buildingName()).thenComparing(r -> r.unit().floor())
                .thenComparing(r -> r.unit().number()));
        return rows;
    }

    private static BuildingRow counted(Building b, List<UnitRow> rows) {
        int total = 0, signed = 0, inProgress = 0, awaiting = 0, withDefects = 0;
        for (UnitRow r : rows) {
            if (r.unit().buildingId().equals(b.id())) {
                total++;
                signed += r.stage() == UnitStage.SIGNED ? 1 : 0;
                inProgress += r.stage() == UnitStage.IN_PROGRESS ? 1 : 0;
                awaiting += r.stage() == UnitStage.AWAITING_SIGNATURE ? 1 : 0;
                withDefects += r.openDefects() > 0 ? 1 : 0;
            }
        }
        return new BuildingRow(b, total, signed, inProgress, awaiting, withDefects);
    }

    private UnitRow row(Unit unit, String buildingName, List<InspectionState> inspections, int openDefects) {
        InspectionState signed = null;
        InspectionState active = null;
        for (InspectionState i : inspections) {
            if (i.signed()) {
                if (i.kind() == InspectionKind.HANDOVER && (signed == null || i.startedAt().isAfter(signed.startedAt()))) {
                    signed = i;
                }
            } else if (active == null || i.startedAt().isAfter(active.startedAt())) {
                active = i;
            }
        }
        UnitStage stage = UnitStage.NOT_INSPECTED;
        int answered = 0;
        int itemCount = 0;
        if (active != null) {
            Optional<InspectionChecklist> c = InspectionChecklist.of(active, app.catalog());
            answered = c.map(InspectionChecklist::answered).orElse(0);
            itemCount = c.map(InspectionChecklist::itemCount).orElse(0);
            boolean ready = c.map(x -> x.status() == InspectionStatus.READY_TO_SIGN).orElse(false);
            stage = ready ? UnitStage.AWAITING_SIGNATURE : UnitStage.IN_PROGRESS;
        }
        if (signed != null && (active == null || active.kind() == InspectionKind.RE_INSPECTION)) {
            stage = UnitStage.SIGNED;
        }
        return new UnitRow(unit, buildingName, stage, answered, itemCount, openDefects,
                active == null ? null : active.id(), signed == null ? null : signed.id());
    }

    private void applyFilter() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Building b = building.get();
        UnitFilter f = filter.get();
        units.setAll(allRows.stream()
                .filter(r -> b == null || r.unit().buildingId().equals(b.id()))
                .filter(r -> q.isEmpty() || r.unit().number().toLowerCase(Locale.ROOT).contains(q))
                .filter(f::accepts)
                .toList());
    }

    /** Opens a unit: resumes its open inspection, re-inspects open defects, or starts the handover. */
    public void open(UnitRow row) {
        if (row.activeInspection() != null) {
            boolean reinspection = app.replica().read(s -> s.inspections().get(row.activeInspection()).kind())
                    == InspectionKind.RE_INSPECTION;
            if (reinspection) {
                navigation.toReInspection(row.activeInspection());
            } else {
                navigation.toInspection(row.activeInspection());
            }
            return;
        }
        if (row.signedInspection() != null) {
            if (row.openDefects() > 0) {
                askNextStep(row);
            } else {
                navigation.toSignOff(row.signedInspection());
            }
            return;
        }
        askToStartHandover(row);
    }

    /**
     * A signed unit with open defects: send them for 整改 (while some are not yet sent and this user may), start
     * the 复验 with the owner, or look at the signed record.
     */
    private void askNextStep(UnitRow row) {
        List<Choice> choices = new ArrayList<>();
        if (RectifyAvailability.offered(app, row.unit().id())) {
            choices.add(new Choice("units.rectify", "choose-rectify", () -> navigation.toRectify(row.unit().id())));
        }
        choices.add(new Choice("units.reinspect", "choose-reinspect", () -> startReInspection(row.unit())));
        choices.add(new Choice("units.viewRecord", "choose-record", () -> navigation.toSignOff(row.signedInspection())));
        navigation.ask(UserMessage.of("units.signedWithDefects", (row.buildingName() + " " + row.unit().number()).strip(),
                row.openDefects()), choices.toArray(Choice[]::new));
    }

    /** A handover is a record with the owner present: starting one by a stray tap would leave a false record. */
    private void askToStartHandover(UnitRow row) {
        String owner = row.unit().ownerName() == null ? "" : row.unit().ownerName();
        navigation.ask(UserMessage.of(owner.isEmpty() ? "units.startHandover.confirm" : "units.startHandover.confirmOwner",
                        (row.buildingName() + " " + row.unit().number()).strip(), owner),
                new Choice("units.startHandover", "confirm-start-handover", () -> startHandover(row.unit())));
    }

    private void startHandover(Unit unit) {
        Optional<UnitType> type = reference.unitType(unit.unitTypeId());
        Optional<ChecklistTemplate> template = template(unit);
        if (type.isEmpty() || template.isEmpty()) {
            error.set(UserMessage.of("units.error.noTemplate", unit.number()));
            return;
        }
        List<String> rooms = template.get().instantiate(type.get().rooms()).stream().map(InstantiatedRoom::key).toList();
        var started = new InspectionOps.Started(unit.id(), InspectionKind.HANDOVER, template.get().code(),
                template.get().version(), rooms, List.of());
        UUID id = UUID.randomUUID();
        app.tasks().run(() -> app.replica().record(OperationType.INSPECTION_STARTED, id, started),
                op -> navigation.toInspection(id), e -> error.set(UserMessage.of("error.saveFailed")));
    }

    private void startReInspection(Unit unit) {
        Optional<ChecklistTemplate> template = template(unit);
        List<DefectState> open = app.replica().read(s -> s.defects().values().stream()
                .filter(d -> d.unitId().equals(unit.id()) && d.open())
                .sorted(Comparator.comparing(DefectState::id)).toList());
        if (template.isEmpty() || open.isEmpty()) {
            error.set(UserMessage.of("units.error.noTemplate", unit.number()));
            return;
        }
        List<String> rooms = new ArrayList<>(new LinkedHashSet<>(open.stream().map(DefectState::room).toList()));
        var started = new InspectionOps.Started(unit.id(), InspectionKind.RE_INSPECTION, template.get().code(),
                template.get().version(), rooms, open.stream().map(DefectState::id).toList());
        UUID id = UUID.randomUUID();
        app.tasks().run(() -> app.replica().record(OperationType.INSPECTION_STARTED, id, started),
                op -> navigation.toReInspection(id), e -> error.set(UserMessage.of("error.saveFailed")));
    }

    /**
     * The newest version the server lists for the unit's delivery standard (sync downloads the ones the office
     * published); until it has reached the device, the newest version the device holds, so a handover can start
     * offline.
     */
    private Optional<ChecklistTemplate> template(Unit unit) {
        String code = unit.deliveryStandard().name();
        ChecklistCatalog catalog = app.catalog();
        return reference.templates().stream().filter(t -> t.code().equals(code))
                .max(Comparator.comparingInt(ReferenceData.TemplateRef::version))
                .flatMap(t -> catalog.template(t.code(), t.version()))
                .or(() -> catalog.latest(unit.deliveryStandard()));
    }

    public ObservableList<Project> projects() {
        return projects;
    }

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public ObservableList<BuildingRow> buildings() {
        return buildings;
    }

    public ObjectProperty<Building> buildingProperty() {
        return building;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<UnitFilter> filterProperty() {
        return filter;
    }

    public ObservableList<UnitRow> units() {
        return units;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }
}
