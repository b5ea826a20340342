package com.handover.server.office.repair;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.RoomTemplate;
import java.util.Optional;

/** Names of the checklist vocabulary's codes (trades, warranty categories, rooms) in the page's language. */
public record RepairNames(ChecklistCatalog catalog, boolean zh) {

    public String trade(String code) {
        if (code == null) {
            return "";
        }
        return catalog.vocabulary().trade(code).map(t -> zh ? t.nameZh() : t.nameEn()).orElse(code);
    }

    public String category(String code) {
        if (code == null) {
            return "";
        }
        return catalog.vocabulary().warrantyCategory(code).map(c -> zh ? c.nameZh() : c.nameEn()).orElse(code);
    }

    /** "卫生间 1" for BATHROOM-1; the key itself for a room no template knows. */
    public String room(String key) {
        if (key == null) {
            return "";
        }
        String code = key.replaceFirst("-\\d+$", "");
        String number = key.length() > code.length() ? " " + key.substring(code.length() + 1) : "";
        for (ChecklistTemplate t : catalog.templates()) {
            Optional<RoomTemplate> room = t.room(code);
            if (room.isPresent()) {
                return (zh ? room.get().nameZh() : room.get().nameEn()) + number;
            }
        }
        return key;
    }
}
