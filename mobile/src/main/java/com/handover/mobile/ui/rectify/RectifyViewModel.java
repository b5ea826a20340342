package com.handover.mobile.ui.rectify;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.replica.Replica;
import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.Navigation;
import com.handover.model.rectify.Rectification;
import com.handover.model.site.Contractor;
import com.handover.model.site.Repairer;
import com.handover.model.site.Unit;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.WorkOrderState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector sends a unit's open handover defects for 整改 on site: each to its building's responsible
 * contractor (proposed, can be changed), followed up by one repairer, with one 整改期限. The orders are written
 * as the console writes them, all in one step, and reach the repairer's phone with the next sync.
 */
public final class RectifyViewModel {

    /** The 整改期限 offered, in days from today; the seed names none, the product's default is preselected. */
    static final List<Integer> DEADLINE_DAYS = IntStream.of(3, Rectification.DEFAULT_DAYS, 15, 30, 60,
            Rectification.MAX_DAYS).boxed().toList();

    private final AppContext app;
    private final Navigation navigation;
    private final UUID unitId;
    private final RectifyPlaces places;
    private final ObservableList<RectifyRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Repairer> repairers = FXCollections.observableArrayList();
    private final ObjectProperty<Repairer> repairer = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> deadlineDays = new SimpleObjectProperty<>(Rectification.DEFAULT_DAYS);
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private String unitName = "";

    public RectifyViewModel(AppContext app, Navigation navigation, UUID unitId) {
        this.app = app;
        this.navigation = navigation;
        this.unitId = unitId;
        this.places = new RectifyPlaces(app);
    }

    public void refresh() {
        ReferenceData reference = app.reference().load();
        Unit unit = reference.unit(unitId).orElse(null);
        if (unit == null) {
            error.set(UserMessage.of("rectify.error.unit"));
            return;
        }
        unitName = (reference.building(unit.buildingId()).map(b -> b.name() + " ").orElse("") + unit.number()).strip();
        List<DefectState> sendable = app.replica().read(s -> {
            List<WorkOrderState> orders = s.workOrders().values().stream()
                    .filter(w -> unitId.equals(w.unitId())).toList();
            return s.defects().values().stream().filter(d -> unitId.equals(d.unitId()))
                    .filter(d -> Rectification.sendable(orders, d))
                    .sorted(Comparator.comparing(DefectState::reportedOn).thenComparing(DefectState::id)).toList();
        });
        List<RectifyRow> fresh = new ArrayList<>();
        for (DefectState d : sendable) {
            fresh.add(new RectifyRow(d, byTradeFirst(reference.contractors(), d.trade()),
                    reference.responsibleContractor(d.trade(), unit.buildingId()).orElse(null)));
        }
        rows.setAll(fresh);
        repairers.setAll(reference.repairers());
        if (repairer.get() == null && repairers.size() == 1) {
            repairer.set(repairers.get(0));
        }
    }

    private static List<Contractor> byTradeFirst(List<Contractor> all, String trade) {
        return all.stream().sorted(Comparator.comparing((Contractor k) -> !k.trades().contains(trade))
                .thenComparing(Contractor::name)).toList();
    }

    /** Writes the 整改 orders of the chosen defects; nothing is written when something is missing. */
    public void send() {
        List<RectifyRow> chosen = rows.stream().filter(r -> r.chosenProperty().get()).toList();
        if (chosen.isEmpty()) {
            error.set(UserMessage.of("rectify.error.none"));
            return;
        }
        if (chosen.stream().anyMatch(r -> r.contractorProperty().get() == null)) {
            error.set(UserMessage.of("rectify.error.contractor"));
            return;
        }
        if (repairer.get() == null) {
            error.set(UserMessage.of("rectify.error.repairer"));
            return;
        }
        LocalDate rectifyBy = rectifyByDay(deadlineDays.get());
        List<Replica.Action> actions = new ArrayList<>();
        chosen.forEach(r -> actions.addAll(actions(r, rectifyBy)));
        app.tasks().run(() -> app.replica().recordAll(actions), ops -> {
            app.sync().refreshCounts();
            navigation.back();
            navigation.tell(UserMessage.of("rectify.sent", chosen.size(), unitName, day(rectifyBy)));
        }, e -> error.set(UserMessage.of("error.saveFailed")));
    }

    private List<Replica.Action> actions(RectifyRow row, LocalDate rectifyBy) {
        DefectState d = row.defect();
        Rectification.Steps steps = Rectification.steps(new Rectification.Defect(d.id(), d.unitId(), d.room(),
                        d.description(), d.severity(), d.warrantyCategory()), row.contractorProperty().get().id(),
                repairer.get().username(), rectifyBy, 0, app.clock().instant());
        UUID order = UUID.randomUUID();
        return List.of(new Replica.Action(OperationType.WORK_ORDER_CREATED, order, steps.created()),
                new Replica.Action(OperationType.WORK_ORDER_ASSIGNED, order, steps.assigned()),
                new Replica.Action(OperationType.DEFECT_ASSIGNED, d.id(), steps.defectAssigned()));
    }

    /** The last day of the 整改 when {@code days} are given from today, as a date the messages can format. */
    public Date rectifyBy(int days) {
        return day(rectifyByDay(days));
    }

    private LocalDate rectifyByDay(int days) {
        return LocalDate.now(app.clock()).plusDays(days);
    }

    private Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(app.clock().getZone()).toInstant());
    }

    /** Where the defect is: room, item and trade by name in {@code locale}. */
    public String place(DefectState defect, Locale locale) {
        return places.of(defect, locale);
    }

    public List<Integer> deadlineChoices() {
        return DEADLINE_DAYS;
    }

    public String unitName() {
        return unitName;
    }

    public ObservableList<RectifyRow> rows() {
        return rows;
    }

    public ObservableList<Repairer> repairers() {
        return repairers;
    }

    public ObjectProperty<Repairer> repairerProperty() {
        return repairer;
    }

    public ObjectProperty<Integer> deadlineDaysProperty() {
        return deadlineDays;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public void back() {
        navigation.back();
    }
}
