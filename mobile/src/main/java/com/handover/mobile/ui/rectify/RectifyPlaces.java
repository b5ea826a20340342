package com.handover.mobile.ui.rectify;

import com.handover.mobile.replica.InspectionChecklist;
import com.handover.mobile.ui.AppContext;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a defect is, in words: its room, its checklist item and its trade by name, never by code. */
final class RectifyPlaces {

    private final AppContext app;

    RectifyPlaces(AppContext app) {
        this.app = app;
    }

    String of(DefectState d, Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        InspectionState inspection = d.inspectionId() == null ? null
                : app.replica().read(s -> s.inspections().get(d.inspectionId()));
        Optional<InspectionChecklist> checklist = inspection == null ? Optional.empty()
                : InspectionChecklist.of(inspection, app.catalog());
        List<String> parts = new ArrayList<>();
        checklist.map(c -> c.roomLabel(d.room(), locale)).ifPresent(parts::add);
        checklist.flatMap(c -> c.room(d.room())).flatMap(r -> r.room().items().stream()
                        .filter(i -> i.code().equals(d.itemCode())).findFirst())
                .map(i -> chinese ? i.nameZh() : i.nameEn()).ifPresent(parts::add);
        Optional.ofNullable(d.trade()).flatMap(t -> app.catalog().vocabulary().trade(t))
                .map(t -> chinese ? t.nameZh() : t.nameEn()).ifPresent(parts::add);
        return String.join(" · ", parts);
    }
}
