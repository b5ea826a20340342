package com.handover.server.demo;

import com.handover.model.Role;
import com.handover.model.json.BundledChecklists;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.server.auth.User;
import com.handover.server.setup.imports.CsvImportReader;
import com.handover.server.setup.imports.ImportCheck;
import com.handover.server.setup.imports.ImportPlan;
import com.handover.server.setup.imports.ImportRefused;
import com.handover.server.setup.imports.SiteIds;
import com.handover.server.store.SiteStore;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo: 滨江花园 in 北京, completion acceptance some months before it was first loaded; two buildings of
 * 18 floors with 4 units each (building 1 finished, building 2 bare shell), two layouts, five contractors and
 * one account per role. The project is the customer's import file ({@link DemoWorkbook}); its records are what
 * the import makes of that file, so their ids come from the same natural keys.
 */
public final class DemoData {

    public static final String PROJECT_CODE = DemoWorkbook.PROJECT_CODE;
    public static final int FLOORS = DemoWorkbook.FLOORS;
    public static final int UNITS_PER_FLOOR = DemoWorkbook.UNITS_PER_FLOOR;
    public static final UUID PROJECT_ID = SiteIds.project(PROJECT_CODE);

    /** The contractors by the short key tests use. */
    private static final Map<String, String> CONTRACTORS = Map.of("civil", "北京城建土建工程有限公司",
            "plumbing", "京通给排水安装有限公司", "electrical", "华电电气工程有限公司",
            "windows", "美窗门窗幕墙有限公司", "decoration", "精工装饰工程有限公司");

    public final byte[] workbook;
    public final Project project;
    public final List<Building> buildings;
    public final List<UnitType> unitTypes;
    public final List<Unit> units;
    public final List<Contractor> contractors;
    public final List<User> users = List.of(
            new User("inspector", "张验房", Role.INSPECTOR),
            new User("maintenance", "李维修", Role.MAINTENANCE),
            new User("office", "王客服", Role.OFFICE),
            new User("admin", "赵管理", Role.ADMIN),
            new User("supervisor", "孙监理", Role.SUPERVISOR),
            new User("projectdept", "周项目", Role.PROJECT_DEPARTMENT));

    public DemoData(LocalDate completionAcceptance) {
        workbook = DemoWorkbook.csv(completionAcceptance).getBytes(StandardCharsets.UTF_8);
        ImportPlan plan;
        try {
            plan = new ImportCheck(BundledChecklists.catalog().vocabulary()).check(CsvImportReader.read(workbook));
        } catch (ImportRefused e) {
            throw new IllegalStateException("the demo workbook is refused by the import: " + e.problems(), e);
        }
        project = plan.project();
        buildings = plan.buildings().stream().map(SiteStore.BuildingSetup::building).toList();
        unitTypes = plan.unitTypes().stream().map(SiteStore.UnitTypeSetup::type).toList();
        units = plan.units();
        contractors = plan.contractors();
    }

    /** The demo unit with this 房号 ("1-101"). */
    public static UUID unitId(String number) {
        return SiteIds.unit(PROJECT_CODE, number.substring(0, number.indexOf('-')) + "号楼", number);
    }

    /** The demo contractor by key: civil, plumbing, electrical, windows, decoration. */
    public static UUID contractorId(String key) {
        return SiteIds.contractor(CONTRACTORS.get(key));
    }

    /** A stable id for records tests add beside the demo. */
    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("handover-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
