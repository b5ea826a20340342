package com.handover.mobile.testing;

import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.RoomTemplate;
import com.handover.model.json.BundledChecklists;
import java.util.ArrayList;
import java.util.List;

/** Versions of the bundled templates as the office would publish them: the same checklist, one item reworded. */
public final class TemplateRevisions {

    /** The first item of FINISHED's first room (the entrance, which every unit has): where an inspection opens. */
    public static final String CHANGED_ITEM = "F-ENTRANCE-ENTRY_DOOR_OP";
    public static final String CHANGED_NAME = "入户防盗门开启、锁具与猫眼(第2版)";

    private TemplateRevisions() {
    }

    /** FINISHED v1 with {@link #CHANGED_ITEM} renamed to {@link #CHANGED_NAME}, as {@code version}. */
    public static ChecklistTemplate finished(int version) {
        ChecklistTemplate v1 = BundledChecklists.catalog().template("FINISHED", 1).orElseThrow();
        List<RoomTemplate> rooms = new ArrayList<>();
        for (RoomTemplate room : v1.rooms()) {
            List<ChecklistItem> items = room.items().stream().map(i -> i.code().equals(CHANGED_ITEM)
                    ? new ChecklistItem(i.code(), CHANGED_NAME, i.nameEn() + " (v2)", i.method(), i.criterionZh(),
                            i.criterionEn(), i.warrantyCategory(), i.trade(), i.reference(), i.tolerance(),
                            i.verification())
                    : i).toList();
            rooms.add(new RoomTemplate(room.code(), room.nameZh(), room.nameEn(), room.repeatable(), room.wholeUnit(),
                    items));
        }
        return new ChecklistTemplate(v1.code(), version, v1.nameZh(), v1.nameEn(), v1.seedForm(), rooms);
    }
}
