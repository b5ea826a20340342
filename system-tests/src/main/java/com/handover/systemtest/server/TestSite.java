package com.handover.systemtest.server;

import com.handover.model.DeliveryStandard;
import com.handover.model.Role;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.server.auth.PasswordHasher;
import com.handover.server.auth.User;
import com.handover.server.config.Limits;
import com.handover.server.config.ServerConfig;
import com.handover.server.store.Database;
import com.handover.server.store.jdbc.JdbcAccountStore;
import com.handover.server.store.jdbc.JdbcSiteStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The reference data every scenario runs on, written straight into the server's database before a server process
 * starts on it: project A (北京) and project B (上海) with {@code unitsPerProject} units each, two unit types,
 * three contractors, one account per role, and an inspector for each building of project A alone. Ids derive
 * from names, so two seeds of one size are equal.
 */
public final class TestSite {

    public static final String PASSWORD = "Sys-Test-Passw0rd-7";
    public static final String INSPECTOR_A = "inspector-a";
    public static final String INSPECTOR_A2 = "inspector-a2";
    public static final String INSPECTOR_B = "inspector-b";
    public static final String MAINTENANCE_1 = "maint-1";
    public static final String MAINTENANCE_2 = "maint-2";
    public static final String OFFICE = "office";
    public static final String ADMIN = "admin";
    public static final int FLOORS = 30;
    public static final int UNITS_PER_FLOOR = 4;

    public static final List<User> USERS = List.of(
            new User(INSPECTOR_A, "甲验房", Role.INSPECTOR),
            new User(INSPECTOR_A2, "乙验房", Role.INSPECTOR),
            new User(INSPECTOR_B, "丙验房", Role.INSPECTOR),
            new User(MAINTENANCE_1, "甲维修", Role.MAINTENANCE),
            new User(MAINTENANCE_2, "乙维修", Role.MAINTENANCE),
            new User(OFFICE, "王客服", Role.OFFICE),
            new User(ADMIN, "赵管理", Role.ADMIN));

    private static volatile String passwordHash;

    public final Project projectA;
    public final Project projectB;
    public final List<UnitType> unitTypes = new ArrayList<>();
    public final List<Building> buildings = new ArrayList<>();
    public final List<Unit> unitsA = new ArrayList<>();
    public final List<Unit> unitsB = new ArrayList<>();
    public final List<Contractor> contractors = new ArrayList<>();

    /**
     * The inspector given building {@code buildingNumber} of project A alone (not the whole project), whose
     * devices hold only that building.
     */
    public static String buildingInspector(int buildingNumber) {
        return INSPECTOR_A + "-b" + buildingNumber;
    }

    /** Project A's buildings, in number order. */
    public List<Building> buildingsA() {
        return buildings.stream().filter(b -> b.projectId().equals(projectA.id())).toList();
    }

    public TestSite(int unitsPerProject) {
        projectA = new Project(id("project-a"), "SYSA", "系统测试甲项目", "北京", LocalDate.of(2026, 3, 31), 50);
        projectB = new Project(id("project-b"), "SYSB", "系统测试乙项目", "上海", LocalDate.of(2026, 4, 30), 50);
        for (Project p : List.of(projectA, projectB)) {
            UnitType large = new UnitType(id(p.code() + "-type-L"), p.id(), "L", "三室两厅两卫",
                    List.of("LIVING", "BEDROOM-1", "BEDROOM-2", "BEDROOM-3", "KITCHEN", "BATHROOM-1", "BATHROOM-2",
                            "BALCONY-1"), null);
            UnitType small = new UnitType(id(p.code() + "-type-S"), p.id(), "S", "两室一厅一卫",
                    List.of("LIVING", "BEDROOM-1", "BEDROOM-2", "KITCHEN", "BATHROOM-1", "BALCONY-1"), null);
            unitTypes.add(large);
            unitTypes.add(small);
            List<Unit> units = p == projectA ? unitsA : unitsB;
            int perBuilding = FLOORS * UNITS_PER_FLOOR;
            for (int n = 0; n < unitsPerProject; n++) {
                int b = n / perBuilding + 1;
                if (n % perBuilding == 0) {
                    buildings.add(new Building(id(p.code() + "-building-" + b), p.id(), b + "号楼", FLOORS));
                }
                int floor = (n % perBuilding) / UNITS_PER_FLOOR + 1;
                int door = n % UNITS_PER_FLOOR + 1;
                String number = String.format("%d-%d%02d", b, floor, door);
                UnitType type = door == 1 || door == 4 ? large : small;
                units.add(new Unit(id(p.code() + "-unit-" + number), p.id(), id(p.code() + "-building-" + b), number,
                        floor, DeliveryStandard.FINISHED, type.id(), "业主" + n, null));
            }
        }
        contractors.add(new Contractor(id("contractor-civil"), "城建土建工程有限公司", List.of("CIVIL"),
                "010-65110001", "刘建国", 120_000_000L));
        contractors.add(new Contractor(id("contractor-plumbing"), "京通给排水安装有限公司", List.of("PLUMBING"),
                "010-65110002", "陈水生", 40_000_000L));
        contractors.add(new Contractor(id("contractor-decoration"), "精工装饰工程有限公司", List.of("DECORATION"),
                "010-65110005", "周装", 60_000_000L));
    }

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("handover-systemtest:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** One PBKDF2 hash for every account: hashing is slow on purpose. */
    public static String passwordHash() {
        if (passwordHash == null) {
            synchronized (TestSite.class) {
                if (passwordHash == null) {
                    passwordHash = new PasswordHasher().hash(PASSWORD);
                }
            }
        }
        return passwordHash;
    }

    /** The configuration a seeding connection uses: the server's own, on the same data folder or database. */
    public static ServerConfig storeConfig(Path dataDir, ServerConfig.PostgresSettings postgres) {
        return new ServerConfig("127.0.0.1", 0, dataDir, postgres, "seeder", false, Limits.defaults());
    }

    /** Migrates the schema and writes the reference data and accounts (once; a second call finds them). */
    public void seed(Path dataDir, ServerConfig.PostgresSettings postgres) {
        try (Database db = Database.open(storeConfig(dataDir, postgres))) {
            var sites = new JdbcSiteStore();
            var accounts = new JdbcAccountStore();
            String hash = passwordHash();
            db.write(c -> {
                if (sites.projectExists(c, projectA.id())) {
                    return null;
                }
                for (Project p : List.of(projectA, projectB)) {
                    sites.insertProject(c, p);
                }
                for (Building b : buildings) {
                    sites.insertBuilding(c, b);
                }
                for (UnitType t : unitTypes) {
                    sites.insertUnitType(c, t);
                }
                sites.insertUnits(c, unitsA);
                sites.insertUnits(c, unitsB);
                for (Contractor k : contractors) {
                    sites.insertContractor(c, k);
                }
                for (User u : USERS) {
                    accounts.saveUser(c, u, hash, System.currentTimeMillis());
                }
                sites.assignProject(c, INSPECTOR_A, projectA.id());
                sites.assignProject(c, INSPECTOR_A2, projectA.id());
                sites.assignProject(c, INSPECTOR_B, projectB.id());
                List<Building> ofA = buildingsA();
                for (int b = 1; b <= ofA.size(); b++) {
                    accounts.saveUser(c, new User(buildingInspector(b), b + "号楼验房", Role.INSPECTOR), hash,
                            System.currentTimeMillis());
                    sites.assignBuilding(c, buildingInspector(b), ofA.get(b - 1).id());
                }
                return null;
            });
        }
    }
}
