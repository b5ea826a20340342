package com.handover.server.office.repair.common;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.server.Components;
import com.handover.server.store.ReadModel;
import com.handover.server.store.jdbc.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Common defects (共性问题): the same checklist item failing in many units of one building, so that one remedy
 * can be offered to every owner concerned before a group complaint forms. Counted over defects that are not
 * void, per building and item: units affected, their share of the building's units, and the units themselves.
 */
@ReadModel
public final class CommonDefects {

    /** Fewest units one item must fail in to be listed by default. */
    public static final int DEFAULT_MIN_UNITS = 3;
    /** Most groups listed. */
    public static final int MAX_GROUPS = 200;

    public record Group(UUID buildingId, String building, String itemCode, String itemName, String trade, int units,
                        int unitsInBuilding, int defects, int open) {
        public double share() {
            return unitsInBuilding == 0 ? 0 : (double) units / unitsInBuilding;
        }
    }

    public record AffectedUnit(UUID unitId, String number, int floor, String status, String description,
                               String reportedOn) {
    }

    private final Components c;

    public CommonDefects(Components c) {
        this.c = c;
    }

    public List<Group> groups(int minUnits, ChecklistCatalog catalog, boolean zh) {
        return c.db().read(conn -> {
            Map<UUID, Integer> unitsPerBuilding = new HashMap<>();
            for (var row : Sql.query(conn, "SELECT building_id, COUNT(*) FROM units GROUP BY building_id",
                    rs -> Map.entry(UUID.fromString(rs.getString(1)), rs.getInt(2)))) {
                unitsPerBuilding.put(row.getKey(), row.getValue());
            }
            List<Group> out = new ArrayList<>();
            for (Object[] r : Sql.query(conn, "SELECT u.building_id, MIN(b.name), d.item_code, MIN(d.trade),"
                    + " COUNT(DISTINCT d.unit_id), COUNT(*), SUM(CASE WHEN d.status NOT IN ('CLOSED', 'VOID') THEN 1 ELSE 0 END)"
                    + " FROM defects d JOIN units u ON u.id = d.unit_id JOIN buildings b ON b.id = u.building_id"
                    + " WHERE d.status <> 'VOID' AND d.item_code IS NOT NULL"
                    + " GROUP BY u.building_id, d.item_code HAVING COUNT(DISTINCT d.unit_id) >= ?"
                    + " ORDER BY COUNT(DISTINCT d.unit_id) DESC, MIN(b.name), d.item_code LIMIT ?",
                    rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getInt(6), rs.getInt(7)}, minUnits, MAX_GROUPS)) {
                UUID building = UUID.fromString((String) r[0]);
                String code = (String) r[2];
                String name = item(catalog, code).map(i -> zh ? i.nameZh() : i.nameEn()).orElse(code);
                out.add(new Group(building, (String) r[1], code, name, (String) r[3], (Integer) r[4],
                        unitsPerBuilding.getOrDefault(building, 0), (Integer) r[5], (Integer) r[6]));
            }
            return out;
        });
    }

    public List<AffectedUnit> units(UUID buildingId, String itemCode) {
        return c.db().read(conn -> Sql.query(conn, "SELECT u.id, u.number, u.floor, d.status, d.description, d.reported_on"
                        + " FROM defects d JOIN units u ON u.id = d.unit_id WHERE u.building_id = ? AND d.item_code = ?"
                        + " AND d.status <> 'VOID' ORDER BY u.floor, u.number, d.reported_on",
                rs -> new AffectedUnit(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), buildingId, itemCode));
    }

    /** The item in the newest template that has it. */
    public static Optional<ChecklistItem> item(ChecklistCatalog catalog, String code) {
        List<ChecklistTemplate> all = catalog.templates();
        for (int i = all.size() - 1; i >= 0; i--) {
            Optional<ChecklistItem> item = all.get(i).item(code);
            if (item.isPresent()) {
                return item;
            }
        }
        return Optional.empty();
    }
}
