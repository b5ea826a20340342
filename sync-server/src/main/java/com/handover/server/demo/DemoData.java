package com.handover.server.demo;

import com.handover.model.DeliveryStandard;
import com.handover.model.Role;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.server.auth.User;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The demo: 滨江花园 in 北京, completion acceptance some months before it was first loaded; two buildings of
 * 18 floors with 4 units each (building 1 finished, building 2 bare shell), two unit types, five contractors
 * and one account per role. Ids derive from names, so loading twice gives the same records.
 */
public final class DemoData {

    public static final String PROJECT_CODE = "BJHY";
    public static final int FLOORS = 18;
    public static final int UNITS_PER_FLOOR = 4;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "霞"};

    public final Project project;
    public final List<Building> buildings = new ArrayList<>();
    public final List<UnitType> unitTypes = new ArrayList<>();
    public final List<Unit> units = new ArrayList<>();
    public final List<Contractor> contractors = new ArrayList<>();
    public final List<User> users = List.of(
            new User("inspector", "张验房", Role.INSPECTOR),
            new User("maintenance", "李维修", Role.MAINTENANCE),
            new User("office", "王客服", Role.OFFICE),
            new User("admin", "赵管理", Role.ADMIN),
            new User("supervisor", "孙监理", Role.SUPERVISOR),
            new User("projectdept", "周项目", Role.PROJECT_DEPARTMENT));

    public DemoData(LocalDate completionAcceptance) {
        project = new Project(id("project"), PROJECT_CODE, "滨江花园", "北京", completionAcceptance, 50);
        UnitType large = new UnitType(id("type-A"), project.id(), "A", "A户型 三室两厅两卫 128㎡",
                List.of("LIVING", "BEDROOM-1", "BEDROOM-2", "BEDROOM-3", "KITCHEN", "BATHROOM-1", "BATHROOM-2",
                        "BALCONY-1"), null);
        UnitType small = new UnitType(id("type-B"), project.id(), "B", "B户型 两室两厅一卫 89㎡",
                List.of("LIVING", "BEDROOM-1", "BEDROOM-2", "KITCHEN", "BATHROOM-1", "BALCONY-1"), null);
        unitTypes.add(large);
        unitTypes.add(small);
        int n = 0;
        for (int b = 1; b <= 2; b++) {
            Building building = new Building(id("building-" + b), project.id(), b + "号楼", FLOORS);
            buildings.add(building);
            DeliveryStandard standard = b == 1 ? DeliveryStandard.FINISHED : DeliveryStandard.BARE_SHELL;
            for (int floor = 1; floor <= FLOORS; floor++) {
                for (int u = 1; u <= UNITS_PER_FLOOR; u++) {
                    String number = String.format("%d-%d%02d", b, floor, u);
                    UnitType type = u == 1 || u == 4 ? large : small;
                    units.add(new Unit(id("unit-" + number), project.id(), building.id(), number, floor, standard,
                            type.id(), ownerName(n), String.format("1380010%04d", n)));
                    n++;
                }
            }
        }
        contractors.add(contractor("civil", "北京城建土建工程有限公司", "CIVIL", "010-65110001", "刘建国", 120_000_000L));
        contractors.add(contractor("plumbing", "京通给排水安装有限公司", "PLUMBING", "010-65110002", "陈水生", 40_000_000L));
        contractors.add(contractor("electrical", "华电电气工程有限公司", "ELECTRICAL", "010-65110003", "杨电明", 35_000_000L));
        contractors.add(contractor("windows", "美窗门窗幕墙有限公司", "WINDOWS_DOORS", "010-65110004", "赵门", 30_000_000L));
        contractors.add(contractor("decoration", "精工装饰工程有限公司", "DECORATION", "010-65110005", "周装", 60_000_000L));
    }

    private Contractor contractor(String key, String name, String trade, String phone, String person, long depositFen) {
        return new Contractor(id("contractor-" + key), name, List.of(trade), phone, person, depositFen);
    }

    private static String ownerName(int n) {
        return SURNAMES[n % SURNAMES.length] + GIVEN[(n / SURNAMES.length) % GIVEN.length]
                + (n % 3 == 0 ? GIVEN[(n * 7) % GIVEN.length] : "");
    }

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("handover-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
