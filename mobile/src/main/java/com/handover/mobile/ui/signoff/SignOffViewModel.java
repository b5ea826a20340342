package com.handover.mobile.ui.signoff;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.replica.InspectionChecklist;
import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.Navigation;
import com.handover.mobile.ui.rectify.RectifyAvailability;
import com.handover.model.InspectionStatus;
import com.handover.model.ItemResult;
import com.handover.model.KeyType;
import com.handover.model.MeterType;
import com.handover.model.Signature;
import com.handover.model.SignOffDecision;
import com.handover.model.SignerRole;
import com.handover.model.Stroke;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.MeterEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
 * Summary and sign-off: findings and defects, meter readings, keys by type, the owner's decision and both
 * signatures; once signed, read-only with the content hash of what was signed.
 */
public final class SignOffViewModel {

    private final AppContext app;
    private final Navigation navigation;
    private final UUID inspectionId;
    private final StringProperty unitLabel = new SimpleStringProperty("");
    private final IntegerProperty passed = new SimpleIntegerProperty();
    private final IntegerProperty failed = new SimpleIntegerProperty();
    private final IntegerProperty notApplicable = new SimpleIntegerProperty();
    private final IntegerProperty unanswered = new SimpleIntegerProperty();
    private final ObservableList<DefectState> defects = FXCollections.observableArrayList();
    private final Map<MeterType, StringProperty> meters = new EnumMap<>(MeterType.class);
    private final Map<KeyType, IntegerProperty> keys = new EnumMap<>(KeyType.class);
    private final ObjectProperty<SignOffDecision> decision = new SimpleObjectProperty<>(SignOffDecision.ACCEPT);
    private final StringProperty ownerName = new SimpleStringProperty("");
    private final StringProperty inspectorName = new SimpleStringProperty("");
    private final ObservableList<Stroke> ownerStrokes = FXCollections.observableArrayList();
    private final ObservableList<Stroke> inspectorStrokes = FXCollections.observableArrayList();
    private final BooleanProperty signed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty contentHash = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private InspectionState state;
    private InspectionChecklist checklist;

    public SignOffViewModel(AppContext app, Navigation navigation, UUID inspectionId) {
        this.app = app;
        this.navigation = navigation;
        this.inspectionId = inspectionId;
        for (MeterType m : MeterType.values()) {
            meters.put(m, new SimpleStringProperty(""));
        }
        for (KeyType k : KeyType.values()) {
            keys.put(k, new SimpleIntegerProperty(0));
        }
        // The inspector's own name, never the account's username (a signature is in a person's name).
        app.session().current().filter(s -> s.displayName() != null && !s.displayName().equals(s.username()))
                .ifPresent(s -> inspectorName.set(s.displayName()));
    }

    public void refresh() {
        state = app.replica().read(s -> s.inspections().get(inspectionId));
        if (state == null) {
            error.set(UserMessage.of("inspection.error.missing"));
            return;
        }
        ReferenceData ref = app.reference().load();
        ref.unit(state.unitId()).ifPresent(u -> {
            unitLabel.set(ref.building(u.buildingId()).map(b -> b.name() + " ").orElse("") + u.number());
            if (ownerName.get().isBlank() && u.ownerName() != null) {
                ownerName.set(u.ownerName());
            }
        });
        Optional<InspectionChecklist> checklist = InspectionChecklist.of(state, app.catalog());
        this.checklist = checklist.orElse(null);
        int pass = 0, fail = 0, na = 0;
        for (var e : state.items().values()) {
            pass += e.result() == ItemResult.PASS ? 1 : 0;
            fail += e.result() == ItemResult.FAIL ? 1 : 0;
            na += e.result() == ItemResult.NOT_APPLICABLE ? 1 : 0;
        }
        passed.set(pass);
        failed.set(fail);
        notApplicable.set(na);
        unanswered.set(checklist.map(c -> c.itemCount() - c.answered()).orElse(0));
        List<DefectState> found = app.replica().read(s -> s.defects().values().stream()
                .filter(d -> inspectionId.equals(d.inspectionId()))
                .sorted(Comparator.comparing(DefectState::openedAt)).toList());
        defects.setAll(found);
        state.meters().forEach((m, e) -> meters.get(m).set(formatReading(e)));
        state.keys().forEach((k, n) -> keys.get(k).set(n));
        if (state.signed()) {
            decision.set(state.signOff().decision());
            contentHash.set(state.signOff().contentHash());
            state.signOff().signatures().forEach(sig -> {
                if (sig.role() == SignerRole.OWNER) {
                    ownerName.set(sig.signerName());
                    ownerStrokes.setAll(sig.strokes());
                } else if (sig.role() == SignerRole.INSPECTOR) {
                    inspectorName.set(sig.signerName());
                    inspectorStrokes.setAll(sig.strokes());
                }
            });
            signed.set(true);
        } else if (!defects.isEmpty() && decision.get() == SignOffDecision.ACCEPT) {
            decision.set(SignOffDecision.ACCEPT_WITH_DEFECTS);
        }
    }

    private static String formatReading(MeterEntry e) {
        double r = e.reading();
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    public boolean readyToSign() {
        return state != null && !state.signed()
                && InspectionChecklist.of(state, app.catalog()).map(c -> c.status() == InspectionStatus.READY_TO_SIGN)
                .orElse(false);
    }

    /** Records the changed readings and keys, then the sign-off over all this device holds; returns its hash. */
    private String record(List<InspectionOps.MeterRead> meterOps, List<InspectionOps.KeysCounted> keyOps,
                          SignOffDecision chosen, List<Signature> signatures) {
        meterOps.forEach(p -> app.replica().record(OperationType.INSPECTION_METER_READ, inspectionId, p));
        keyOps.forEach(p -> app.replica().record(OperationType.INSPECTION_KEYS_COUNTED, inspectionId, p));
        List<UUID> own = app.replica().read(s -> s.defects().values().stream()
                .filter(d -> inspectionId.equals(d.inspectionId())).map(DefectState::id).toList());
        return InspectionSigning.sign(app.replica(), inspectionId, own, chosen, signatures);
    }

    /** The meter readings that differ from those recorded; empty when one is not a number. */
    private Optional<List<InspectionOps.MeterRead>> changedMeters() {
        List<InspectionOps.MeterRead> meterOps = new ArrayList<>();
        try {
            for (MeterType m : MeterType.values()) {
                String text = meters.get(m).get().strip();
                if (!text.isEmpty()) {
                    double reading = Double.parseDouble(text);
                    MeterEntry existing = state.meters().get(m);
                    if (existing == null || existing.reading() != reading) {
                        meterOps.add(new InspectionOps.MeterRead(m, reading, null));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(meterOps);
    }

    /** The key counts that differ from those recorded; empty when one is out of range. */
    private Optional<List<InspectionOps.KeysCounted>> changedKeys() {
        List<InspectionOps.KeysCounted> keyOps = new ArrayList<>();
        for (KeyType k : KeyType.values()) {
            int n = keys.get(k).get();
            Integer existing = state.keys().get(k);
            if (n < 0 || n > InspectionOps.MAX_KEYS_OF_ONE_TYPE) {
                return Optional.empty();
            }
            if (existing == null ? n > 0 : existing != n) {
                keyOps.add(new InspectionOps.KeysCounted(k, n));
            }
        }
        return Optional.of(keyOps);
    }

    /** Saves meter readings and keys, then the sign-off over the content hash of everything this device holds. */
    public void sign() {
        if (busy.get() || state == null || state.signed()) {
            return;
        }
        if (!readyToSign()) {
            error.set(UserMessage.of("signoff.error.notReady", unanswered.get()));
            return;
        }
        if (ownerName.get().isBlank() || inspectorName.get().isBlank()) {
            error.set(UserMessage.of("signoff.error.names"));
            return;
        }
        if (ownerStrokes.isEmpty() || inspectorStrokes.isEmpty()) {
            error.set(UserMessage.of("signoff.error.signatures"));
            return;
        }
        Optional<List<InspectionOps.MeterRead>> meterOps = changedMeters();
        if (meterOps.isEmpty()) {
            error.set(UserMessage.of("signoff.error.meter"));
            return;
        }
        Optional<List<InspectionOps.KeysCounted>> keyOps = changedKeys();
        if (keyOps.isEmpty()) {
            error.set(UserMessage.of("signoff.error.keys"));
            return;
        }
        SignOffDecision chosen = decision.get();
        var now = app.clock().instant();
        List<Signature> signatures = List.of(
                new Signature(SignerRole.OWNER, ownerName.get().strip(), List.copyOf(ownerStrokes), now),
                new Signature(SignerRole.INSPECTOR, inspectorName.get().strip(), List.copyOf(inspectorStrokes), now));
        busy.set(true);
        app.tasks().run(() -> record(meterOps.get(), keyOps.get(), chosen, signatures), hash -> {
            busy.set(false);
            app.sync().refreshCounts();
            refresh();
        }, e -> {
            busy.set(false);
            error.set(UserMessage.of("error.saveFailed"));
        });
    }

    /** A room's name in the screen's language (the key when the template does not know it). */
    public String roomLabel(String key, Locale locale) {
        return checklist == null || key == null ? (key == null ? "" : key) : checklist.roomLabel(key, locale);
    }

    /** Back to the checklist, which opens at the first room with an item still unanswered. */
    public void toUnchecked() {
        navigation.back();
    }

    public void done() {
        navigation.toHome();
    }

    /** True when the signed unit has defects this user may send for 整改 now. */
    public boolean rectifyOffered() {
        return state != null && state.signed() && RectifyAvailability.offered(app, state.unitId());
    }

    public void toRectify() {
        if (state != null) {
            navigation.toRectify(state.unitId());
        }
    }

    public void back() {
        navigation.back();
    }

    public StringProperty unitLabelProperty() {
        return unitLabel;
    }

    public IntegerProperty passedProperty() {
        return passed;
    }

    public IntegerProperty failedProperty() {
        return failed;
    }

    public IntegerProperty notApplicableProperty() {
        return notApplicable;
    }

    public IntegerProperty unansweredProperty() {
        return unanswered;
    }

    public ObservableList<DefectState> defects() {
        return defects;
    }

    public StringProperty meter(MeterType type) {
        return meters.get(type);
    }

    public IntegerProperty keys(KeyType type) {
        return keys.get(type);
    }

    public ObjectProperty<SignOffDecision> decisionProperty() {
        return decision;
    }

    public StringProperty ownerNameProperty() {
        return ownerName;
    }

    public StringProperty inspectorNameProperty() {
        return inspectorName;
    }

    public ObservableList<Stroke> ownerStrokes() {
        return ownerStrokes;
    }

    public ObservableList<Stroke> inspectorStrokes() {
        return inspectorStrokes;
    }

    public BooleanProperty signedProperty() {
        return signed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty contentHashProperty() {
        return contentHash;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }
}
