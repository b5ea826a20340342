package com.handover.server.setup.bench;

import static com.handover.server.setup.imports.ImportSheets.*;

import com.handover.server.setup.imports.ImportWorkbook;

/** A generated import file of many units: 20 buildings of 25 floors, units spread evenly over them. */
public final class LargeProject {

    public static final int BUILDING_COUNT = 20;
    public static final int FLOORS = 25;

    private LargeProject() {
    }

    public static ImportWorkbook workbook(int units) {
        ImportWorkbook wb = new ImportWorkbook()
                .row(PROJECT, "DJY", "大家园", "天津", "50")
                .row(UNIT_TYPES, "A", "A户型", "装修", "客厅、卧室×2、厨房、卫生间、阳台")
                .row(UNIT_TYPES, "B", "B户型", "毛坯", "客厅、卧室×3、厨房、卫生间×2、阳台")
                .row(CONTRACTORS, "津城建设集团有限公司", "土建", "全部", "5000000", "孙强", "022-23450001");
        for (int b = 1; b <= BUILDING_COUNT; b++) {
            wb.row(BUILDINGS, b + "号楼", String.valueOf(FLOORS), "2026-0" + (1 + b % 9) + "-15");
        }
        int perFloor = (units + BUILDING_COUNT * FLOORS - 1) / (BUILDING_COUNT * FLOORS);
        for (int n = 0; n < units; n++) {
            int b = n % BUILDING_COUNT + 1;
            int slot = n / BUILDING_COUNT;
            int floor = slot / perFloor + 1;
            String number = String.format("%d-%d%02d", b, floor, slot % perFloor + 1);
            wb.row(UNITS, b + "号楼", number, String.valueOf(floor), n % 2 == 0 ? "A" : "B", "96.50",
                    "业主" + n, String.format("138%08d", n), "2026-10-01");
        }
        return wb;
    }
}
