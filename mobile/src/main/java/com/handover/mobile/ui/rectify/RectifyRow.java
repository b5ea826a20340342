package com.handover.mobile.ui.rectify;

import com.handover.model.site.Contractor;
import com.handover.model.sync.state.DefectState;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One defect that can be sent for 整改, as the inspector sets it: whether to send it now and to which 责任单位
 * ({@code contractors} lists those of the defect's trade first).
 */
public final class RectifyRow {

    private final DefectState defect;
    private final List<Contractor> contractors;
    private final BooleanProperty chosen = new SimpleBooleanProperty(true);
    private final ObjectProperty<Contractor> contractor = new SimpleObjectProperty<>();

    RectifyRow(DefectState defect, List<Contractor> contractors, Contractor responsible) {
        this.defect = defect;
        this.contractors = List.copyOf(contractors);
        contractor.set(responsible);
    }

    public DefectState defect() {
        return defect;
    }

    public List<Contractor> contractors() {
        return contractors;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public ObjectProperty<Contractor> contractorProperty() {
        return contractor;
    }
}
