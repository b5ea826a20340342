package com.handover.server.office.query;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.RoomTemplate;
import com.handover.server.office.web.Lang;
import java.util.Optional;

/**
 * Names of rooms, checklist items, trades and warranty categories in the page's language, from the checklist
 * catalog (the bundled templates and those the office published). A code the catalog does not know is shown
 * as it is.
 */
public final class ChecklistNames {

    private final ChecklistCatalog catalog;
    /** Trade per template/version/item: dashboards ask for the same items thousands of times. */
    private final java.util.Map<String, Optional<String>> trades = new java.util.concurrent.ConcurrentHashMap<>();

    public ChecklistNames(ChecklistCatalog catalog) {
        this.catalog = catalog;
    }

    public ChecklistCatalog catalog() {
        return catalog;
    }

    public Optional<ChecklistTemplate> template(String code, int version) {
        return catalog.template(code, version).or(() -> catalog.latest(code));
    }

    public Optional<ChecklistItem> item(String templateCode, int version, String itemCode) {
        return template(templateCode, version).flatMap(t -> t.item(itemCode));
    }

    /** "卧室 2" for BEDROOM-2. */
    public String room(String templateCode, int version, String roomKey, Lang lang) {
        int dash = roomKey.indexOf('-');
        String code = dash < 0 ? roomKey : roomKey.substring(0, dash);
        String number = dash < 0 ? "" : " " + roomKey.substring(dash + 1);
        Optional<RoomTemplate> room = template(templateCode, version).flatMap(t -> t.room(code));
        return room.map(r -> (lang == Lang.ZH ? r.nameZh() : r.nameEn()) + number).orElse(roomKey);
    }

    public String item(String templateCode, int version, String itemCode, Lang lang) {
        if (itemCode == null) {
            return "";
        }
        return item(templateCode, version, itemCode).map(i -> lang == Lang.ZH ? i.nameZh() : i.nameEn()).orElse(itemCode);
    }

    /** The trade of an item in any template (codes are unique across a template). */
    public String tradeOfItem(String templateCode, int version, String itemCode) {
        return trades.computeIfAbsent(templateCode + "/" + version + "/" + itemCode,
                k -> item(templateCode, version, itemCode).map(ChecklistItem::trade)).orElse(null);
    }

    public String trade(String tradeCode, Lang lang) {
        if (tradeCode == null) {
            return "";
        }
        return catalog.vocabulary().trade(tradeCode).map(t -> lang == Lang.ZH ? t.nameZh() : t.nameEn())
                .orElse(tradeCode);
    }

    public String category(String categoryCode, Lang lang) {
        if (categoryCode == null) {
            return "";
        }
        return catalog.vocabulary().warrantyCategory(categoryCode)
                .map(c -> lang == Lang.ZH ? c.nameZh() : c.nameEn()).orElse(categoryCode);
    }

    /** An item name looked up in every template of the catalog, for lists that span templates. */
    public String anyItem(String itemCode, Lang lang) {
        for (ChecklistTemplate t : catalog.templates()) {
            Optional<ChecklistItem> i = t.item(itemCode);
            if (i.isPresent()) {
                return lang == Lang.ZH ? i.get().nameZh() : i.get().nameEn();
            }
        }
        return itemCode;
    }

    public String anyTradeOfItem(String itemCode) {
        for (ChecklistTemplate t : catalog.templates()) {
            Optional<ChecklistItem> i = t.item(itemCode);
            if (i.isPresent()) {
                return i.get().trade();
            }
        }
        return null;
    }
}
