package com.handover.systemtest.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.ui.units.UnitFilter;
import com.handover.mobile.ui.units.UnitStage;
import com.handover.model.labels.StatusLabels;
import com.handover.server.office.query.UnitStatus;
import com.handover.server.office.web.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A status reads the same on the phone and in the office console, in Chinese and in English. */
class AppAndConsoleLabelsAgreeTest {

    @Test
    void everyDomainStatusHasOneLabelInTheAppAndTheConsole() {
        List<String> differ = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            Messages app = new Messages(lang.locale());
            var console = com.handover.server.office.web.Messages.of(lang);
            for (Class<? extends Enum<?>> type : StatusLabels.TYPES) {
                for (Enum<?> v : type.getEnumConstants()) {
                    compare(differ, lang, StatusLabels.key(v), app.label(v), console.label(v));
                }
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void unitStagesReadTheSameInTheUnitListItsFilterAndTheBuildingGrid() {
        List<String> differ = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            Messages app = new Messages(lang.locale());
            var console = com.handover.server.office.web.Messages.of(lang);
            for (UnitStage stage : UnitStage.values()) {
                String shared = StatusLabels.find(StatusLabels.unitStageKey(stage.name()), lang.locale()).orElseThrow();
                compare(differ, lang, "app stage " + stage, shared, app.label(stage));
            }
            for (UnitFilter filter : UnitFilter.values()) {
                StatusLabels.find(StatusLabels.unitStageKey(filter.name()), lang.locale())
                        .ifPresent(shared -> compare(differ, lang, "app filter " + filter, shared, app.label(filter)));
            }
            for (UnitStatus status : UnitStatus.values()) {
                String shared = StatusLabels.find(StatusLabels.unitStageKey(status.name()), lang.locale()).orElseThrow();
                compare(differ, lang, "console grid " + status, shared, console.label(status));
            }
        }
        assertEquals(List.of(), differ);
        assertEquals("已签字", new Messages(Locale.SIMPLIFIED_CHINESE).label(UnitStage.SIGNED));
    }

    private static void compare(List<String> differ, Lang lang, String what, String a, String b) {
        if (!a.equals(b)) {
            differ.add(lang + " " + what + ": " + a + " / " + b);
        }
    }
}
