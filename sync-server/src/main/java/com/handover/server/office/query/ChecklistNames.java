package com.handover.server.office.query;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.RoomKey;
import com.handover.model.checklist.RoomTemplate;
import com.handover.server.office.web.Lang;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's one name helper: names of rooms, checklist items, trades and warranty categories in the page's
 * language, from the checklist catalog (the bundled templates and those the office published). Built for one
 * language ({@link #in}); the lookups that take a {@link Lang} answer in that one instead. A code the catalog
 * does not know is shown as it is.
 */
public final class ChecklistNames {

    private final ChecklistCatalog catalog;
    private final Lang lang;
    /** Trade per template/version/item: dashboards ask for the same items thousands of times. */
    private final Map<String, Optional<String>> trades = new ConcurrentHashMap<>();

    public ChecklistNames(ChecklistCatalog catalog) {
        this(catalog, Lang.ZH);
    }

    public ChecklistNames(ChecklistCatalog catalog, Lang lang) {
        this.catalog = catalog;
        this.lang = lang;
    }

    /** The same names in {@code other}. */
    public ChecklistNames in(Lang other) {
        return other == lang ? this : new ChecklistNames(catalog, other);
    }

    public ChecklistCatalog catalog() {
        return catalog;
    }

    public Lang lang() {
        return lang;
    }

    public Optional<ChecklistTemplate> template(String code, int version) {
        return catalog.template(code, version).or(() -> catalog.latest(code));
    }

    public Optional<ChecklistItem> item(String templateCode, int version, String itemCode) {
        return template(templateCode, version).flatMap(t -> t.item(itemCode));
    }

    /** "卧室 2" for BEDROOM-2 in the inspection's template. */
    public String room(String templateCode, int version, String roomKey, Lang in) {
        Optional<RoomTemplate> room = template(templateCode, version).flatMap(t -> t.roomOfKey(roomKey));
        return room.map(r -> pick(r.nameZh(), r.nameEn(), in) + RoomKey.parse(roomKey).nameSuffix())
                .orElseGet(() -> room(roomKey, in));
    }

    public String item(String templateCode, int version, String itemCode, Lang in) {
        if (itemCode == null) {
            return "";
        }
        return item(templateCode, version, itemCode).map(i -> pick(i.nameZh(), i.nameEn(), in))
                .orElseGet(() -> anyItem(itemCode, in));
    }

    /** The trade of an item in any template (codes are unique across a template). */
    public String tradeOfItem(String templateCode, int version, String itemCode) {
        return trades.computeIfAbsent(templateCode + "/" + version + "/" + itemCode,
                k -> item(templateCode, version, itemCode).map(ChecklistItem::trade)).orElse(null);
    }

    public String trade(String tradeCode) {
        return trade(tradeCode, lang);
    }

    public String trade(String tradeCode, Lang in) {
        if (tradeCode == null) {
            return "";
        }
        return catalog.vocabulary().trade(tradeCode).map(t -> pick(t.nameZh(), t.nameEn(), in)).orElse(tradeCode);
    }

    public String category(String categoryCode) {
        return category(categoryCode, lang);
    }

    public String category(String categoryCode, Lang in) {
        if (categoryCode == null) {
            return "";
        }
        return catalog.vocabulary().warrantyCategory(categoryCode).map(c -> pick(c.nameZh(), c.nameEn(), in))
                .orElse(categoryCode);
    }

    /** "卫生间 1" for BATHROOM-1, looked up in every template; the key itself for a room no template knows. */
    public String room(String roomKey) {
        return room(roomKey, lang);
    }

    public String room(String roomKey, Lang in) {
        if (roomKey == null) {
            return "";
        }
        for (ChecklistTemplate t : catalog.templates()) {
            Optional<RoomTemplate> room = t.roomOfKey(roomKey);
            if (room.isPresent()) {
                return pick(room.get().nameZh(), room.get().nameEn(), in) + RoomKey.parse(roomKey).nameSuffix();
            }
        }
        return roomKey;
    }

    /** An item name looked up in every template of the catalog, for lists that span templates. */
    public String anyItem(String itemCode) {
        return anyItem(itemCode, lang);
    }

    public String anyItem(String itemCode, Lang in) {
        if (itemCode == null) {
            return "";
        }
        for (ChecklistTemplate t : catalog.templates()) {
            Optional<ChecklistItem> i = t.item(itemCode);
            if (i.isPresent()) {
                return pick(i.get().nameZh(), i.get().nameEn(), in);
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

    private static String pick(String zh, String en, Lang in) {
        return in == Lang.ZH || en == null || en.isBlank() ? zh : en;
    }
}
