package com.handover.mobile.replica;

import com.handover.model.InspectionStatus;
import com.handover.model.ItemResult;
import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.InstantiatedRoom;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.ItemEntry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An inspection's state read against its checklist template: its rooms, items and progress. */
public record InspectionChecklist(InspectionState state, ChecklistTemplate template, List<InstantiatedRoom> rooms) {

    public static Optional<InspectionChecklist> of(InspectionState state, ChecklistCatalog catalog) {
        return catalog.template(state.templateCode(), state.templateVersion())
                .map(t -> new InspectionChecklist(state, t, t.instantiate(state.rooms())));
    }

    public int itemCount() {
        return template.itemCount(rooms);
    }

    public int answered() {
        return rooms.stream().mapToInt(this::answeredIn).sum();
    }

    public int answeredIn(InstantiatedRoom room) {
        int n = 0;
        for (ChecklistItem item : room.room().items()) {
            if (result(room.key(), item.code()) != ItemResult.NOT_CHECKED) {
                n++;
            }
        }
        return n;
    }

    public ItemResult result(String roomKey, String itemCode) {
        ItemEntry e = state.items().get(ItemEntry.key(roomKey, itemCode));
        return e == null ? ItemResult.NOT_CHECKED : e.result();
    }

    public Optional<ItemEntry> entry(String roomKey, String itemCode) {
        return Optional.ofNullable(state.items().get(ItemEntry.key(roomKey, itemCode)));
    }

    public InspectionStatus status() {
        return state.status(itemCount());
    }

    /** Where to resume: the first room with an unanswered item (the first room when all are answered). */
    public InstantiatedRoom resumeRoom() {
        return rooms.stream().filter(r -> answeredIn(r) < r.room().items().size()).findFirst().orElse(rooms.get(0));
    }

    /** The room's name in the language of {@code locale} (the key itself if the template has no such room). */
    public String roomLabel(String key, Locale locale) {
        return room(key).map(r -> r.label(locale)).orElse(key);
    }

    public Optional<InstantiatedRoom> room(String key) {
        return rooms.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
