package com.handover.mobile.ui.workorders;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.Navigation;
import com.handover.mobile.ui.common.RecordProblem;
import com.handover.mobile.ui.common.People;
import com.handover.mobile.ui.common.RecordProblems;
import com.handover.model.PhotoRef;
import com.handover.model.Signature;
import com.handover.model.SignerRole;
import com.handover.model.Stroke;
import com.handover.model.WorkOrderStatus;
import com.handover.model.rectify.Rectification;
import com.handover.model.signoff.WorkOrderContent;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.WorkOrderState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
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
 * One work order on site: check in, record the repair with before/after photos, complete it, and collect the
 * owner's (and my own) confirmation signature over the order's content hash.
 */
public final class WorkOrderViewModel {

    private final AppContext app;
    private final Navigation navigation;
    private final UUID workOrderId;
    private final ObjectProperty<WorkOrderState> order = new SimpleObjectProperty<>();
    private final StringProperty unitLabel = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty actualCostYuan = new SimpleStringProperty("");
    private final ObservableList<PhotoRef> beforePhotos = FXCollections.observableArrayList();
    private final ObservableList<PhotoRef> afterPhotos = FXCollections.observableArrayList();
    private final StringProperty signerName = new SimpleStringProperty("");
    private final ObjectProperty<SignerRole> party = new SimpleObjectProperty<>();
    private final ObservableList<Stroke> strokes = FXCollections.observableArrayList();
    private final ObservableList<UserMessage> problems = FXCollections.observableArrayList();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private String ownerName = "";
    private final WorkOrderDeadlines deadlines;
    private OrderContact contact;

    public WorkOrderViewModel(AppContext app, Navigation navigation, UUID workOrderId, WorkOrderDeadlines deadlines) {
        this.app = app;
        this.deadlines = deadlines;
        this.navigation = navigation;
        this.workOrderId = workOrderId;
    }

    public void refresh() {
        WorkOrderState w = app.replica().read(s -> s.workOrders().get(workOrderId));
        if (w == null) {
            order.set(null);
            error.set(UserMessage.of("workorder.error.missing"));
            return;
        }
        ReferenceData ref = app.reference().load();
        ref.unit(w.unitId()).ifPresent(u -> {
            unitLabel.set(ref.building(u.buildingId()).map(b -> b.name() + " ").orElse("") + u.number());
            ownerName = u.ownerName() == null ? "" : u.ownerName();
        });
        contact = OrderContact.of(w, ref, deadlines, app.clock().instant());
        if (party.get() == null || w.confirmations().containsKey(party.get())) {
            PARTIES_ON_SITE.stream().filter(r -> !w.confirmations().containsKey(r)).findFirst().ifPresent(r -> {
                party.set(r);
                signerName.set(nameOf(r));
            });
        }
        if (w.completedAt() != null) {
            beforePhotos.setAll(w.beforePhotos());
            afterPhotos.setAll(w.afterPhotos());
            note.set(w.completionNote() == null ? "" : w.completionNote());
        }
        problems.setAll(RecordProblems.of(app.replica(), EntityKind.WORK_ORDER, workOrderId, People.of(app.session())).stream()
                .map(RecordProblem::message).toList());
        order.set(w); // last: the screen redraws on this change
    }

    public boolean canCheckIn() {
        WorkOrderState w = order.get();
        return w != null && (w.status() == WorkOrderStatus.ASSIGNED || w.status() == WorkOrderStatus.CREATED
                || w.status() == WorkOrderStatus.SELF_REPAIR) && w.arrivedAt() == null;
    }

    public boolean canComplete() {
        WorkOrderState w = order.get();
        return w != null && w.completedAt() == null && w.status() != WorkOrderStatus.VOID;
    }

    public boolean canConfirm() {
        WorkOrderState w = order.get();
        return w != null && w.status() == WorkOrderStatus.COMPLETED;
    }

    /** The order is completed and {@code role} has not signed yet: this phone collects that signature. */
    public boolean canConfirmAs(SignerRole role) {
        return canConfirm() && !order.get().confirmations().containsKey(role);
    }

    /** The parties who sign on this phone, in the order they usually do: the owner, maintenance, then 监理 and 项目部 when present. */
    public static final List<SignerRole> PARTIES_ON_SITE = List.of(SignerRole.OWNER, SignerRole.MAINTENANCE,
            SignerRole.SUPERVISOR, SignerRole.PROJECT_DEPARTMENT);

    /** The parties still to sign that this phone can collect. */
    public List<SignerRole> partiesStillToSign() {
        return PARTIES_ON_SITE.stream().filter(this::canConfirmAs).toList();
    }

    /** Who signs next: {@code role}, with their name filled where the phone knows it (the owner, the repairer). */
    public void chooseParty(SignerRole role) {
        party.set(role);
        signerName.set(nameOf(role));
        strokes.clear();
    }

    private String nameOf(SignerRole role) {
        return switch (role) {
            case OWNER -> ownerName;
            // The repairer's own name, never the account's username.
            case MAINTENANCE -> app.session().current().map(s -> s.displayName() == null
                    || s.displayName().equals(s.username()) ? "" : s.displayName()).orElse("");
            default -> "";
        };
    }

    /** Records arrival now and says so with the time, so the repairer knows it counted. */
    public void checkIn() {
        Instant at = app.clock().instant();
        save(OperationType.WORK_ORDER_ARRIVED, new WorkOrderOps.Arrived(at),
                () -> navigation.tell(UserMessage.of("workorder.checkedIn", Date.from(at))));
    }

    /** Deadline, time left and the owner's contact, as of the last refresh. */
    public OrderContact contact() {
        return contact;
    }

    public void addPhoto(boolean after, PhotoSource.Origin origin) {
        app.photoSource().capture(origin, captured -> {
            app.tasks().run(() -> app.photos().importPhoto(captured.bytes(), captured.capturedAt()),
                    ref -> (after ? afterPhotos : beforePhotos).add(ref),
                    e -> error.set(UserMessage.of("defect.error.photo")));
        });
    }

    public void complete() {
        long fen;
        try {
            String text = actualCostYuan.get().strip();
            fen = text.isEmpty() ? 0 : new BigDecimal(text).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            error.set(UserMessage.of("workorder.error.cost"));
            return;
        }
        if (afterPhotos.isEmpty()) {
            error.set(UserMessage.of("workorder.error.afterPhoto"));
            return;
        }
        try {
            save(OperationType.WORK_ORDER_COMPLETED, new WorkOrderOps.Completed(
                    note.get().isBlank() ? null : note.get().strip(), fen, List.copyOf(beforePhotos), List.copyOf(afterPhotos)));
        } catch (IllegalArgumentException e) {
            error.set(UserMessage.of("workorder.error.cost"));
        }
    }

    /** A confirmation signature by {@code role} over the order's content hash. */
    public void confirm(SignerRole role) {
        WorkOrderState w = order.get();
        if (w == null || strokes.isEmpty() || signerName.get().isBlank()) {
            error.set(UserMessage.of("signoff.error.signatures"));
            return;
        }
        if (!canConfirmAs(role)) {
            return;
        }
        Signature signature = new Signature(role, signerName.get().strip(), List.copyOf(strokes), app.clock().instant());
        save(OperationType.WORK_ORDER_CONFIRMED, new WorkOrderOps.Confirmed(signature, WorkOrderContent.of(w).hash()),
                strokes::clear);
    }

    private void save(OperationType type, Payload payload) {
        save(type, payload, () -> { });
    }

    /** Records the step; an arrival or completion also moves the order's defect on (IN_REPAIR, REPAIRED). */
    private void save(OperationType type, Payload payload, Runnable beforeRefresh) {
        UUID defectId = order.get() == null ? null : order.get().defectId();
        app.tasks().run(() -> {
            var op = app.replica().record(type, workOrderId, payload);
            DefectState defect = defectId == null ? null : app.replica().read(s -> s.defects().get(defectId));
            Rectification.followingStep(defect, payload)
                    .ifPresent(step -> app.replica().record(step.type(), defectId, step.payload()));
            return op;
        }, op -> {
            app.sync().refreshCounts();
            error.set(null);
            beforeRefresh.run();
            refresh();
        }, e -> error.set(UserMessage.of("error.saveFailed")));
    }

    public void back() {
        navigation.back();
    }

    public ObjectProperty<WorkOrderState> orderProperty() {
        return order;
    }

    public StringProperty unitLabelProperty() {
        return unitLabel;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty actualCostYuanProperty() {
        return actualCostYuan;
    }

    public ObservableList<PhotoRef> beforePhotos() {
        return beforePhotos;
    }

    public ObservableList<PhotoRef> afterPhotos() {
        return afterPhotos;
    }

    /** The party about to sign on this phone. */
    public ObjectProperty<SignerRole> partyProperty() {
        return party;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    public ObservableList<Stroke> strokes() {
        return strokes;
    }

    public ObservableList<UserMessage> problems() {
        return problems;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }
}
