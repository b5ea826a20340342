package com.handover.mobile.bench;

import com.handover.model.DeliveryStandard;
import com.handover.model.Role;
import com.handover.model.site.Building;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.server.Components;
import com.handover.server.auth.User;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A project of {@code unitCount} finished units in 1-4 buildings of 30 floors: type A with 8 rooms (166 checklist
 * items) and type B with 5 rooms (118 items), three A to two B; and two inspector accounts assigned to it.
 */
final class BenchmarkProject {

    static final String SEEDER = "bench-seeder";
    static final String INSPECTOR = "bench-inspector";
    static final String PASSWORD = "Bench-Password-1";
    static final List<String> ROOMS_A = List.of("LIVING", "BEDROOM-1", "BEDROOM-2", "BEDROOM-3", "KITCHEN",
            "BATHROOM-1", "BATHROOM-2", "BALCONY-1");
    static final List<String> ROOMS_B = List.of("LIVING", "BEDROOM-1", "KITCHEN", "BATHROOM-1", "BALCONY-1");

    final UUID project = id("project");
    final UnitType typeA;
    final UnitType typeB;
    final List<Building> buildings = new ArrayList<>();
    final List<Unit> units = new ArrayList<>();

    BenchmarkProject(int unitCount) {
        typeA = new UnitType(id("type-A"), project, "A", "A户型 四室两厅两卫", ROOMS_A, null);
        typeB = new UnitType(id("type-B"), project, "B", "B户型 两室一厅一卫", ROOMS_B, null);
        int perBuilding = 250;
        for (int i = 0; i < unitCount; i++) {
            int b = i / perBuilding;
            if (b == buildings.size()) {
                buildings.add(new Building(id("building-" + b), project, (b + 1) + "号楼", 30));
            }
            int inBuilding = i % perBuilding;
            int floor = 1 + inBuilding / 9;
            UnitType type = i % 5 < 3 ? typeA : typeB;
            units.add(new Unit(id("unit-" + i), project, buildings.get(b).id(),
                    String.format("%d-%d%02d", b + 1, floor, 1 + inBuilding % 9), floor, DeliveryStandard.FINISHED,
                    type.id(), "业主" + i, null));
        }
    }

    UnitType typeOf(Unit unit) {
        return unit.unitTypeId().equals(typeA.id()) ? typeA : typeB;
    }

    void seed(Components c) {
        String hash = c.passwords().hash(PASSWORD);
        c.db().write(conn -> {
            c.sites().insertProject(conn, new Project(project, "BENCH", "基准花园", "北京", LocalDate.of(2026, 6, 1), 50));
            for (Building b : buildings) {
                c.sites().insertBuilding(conn, b);
            }
            c.sites().insertUnitType(conn, typeA);
            c.sites().insertUnitType(conn, typeB);
            c.sites().insertUnits(conn, units);
            for (String user : List.of(SEEDER, INSPECTOR)) {
                c.accounts().saveUser(conn, new User(user, "基准验房员", Role.INSPECTOR), hash, c.clock().millis());
                c.sites().assignProject(conn, user, project);
            }
            return null;
        });
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("handover-bench:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
