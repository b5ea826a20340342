package com.handover.server.setup.imports;

import static com.handover.server.setup.imports.ImportSheets.*;

/**
 * The template offered on the import page: every sheet with its headers and a filled example project of two
 * buildings that imports as it is (示例花园). Customers replace the example rows with their own.
 */
public final class ImportTemplate {

    private ImportTemplate() {
    }

    public static ImportWorkbook example() {
        ImportWorkbook wb = new ImportWorkbook()
                .row(PROJECT, "SLHY", "示例花园", "北京", "50", "11-15至03-15", "")
                .row(WARRANTY, "屋面防水", "8年")
                .row(WARRANTY, "墙面、顶棚抹灰层脱落", "3年")
                .row(BUILDINGS, "1号楼", "6", "2026-03-20")
                .row(BUILDINGS, "2号楼", "6", "2026-04-15")
                .row(UNIT_TYPES, "A", "A户型 三室两厅两卫", "装修", "门厅、客厅、卧室×3、厨房、卫生间×2、阳台")
                .row(UNIT_TYPES, "B", "B户型 两室两厅一卫", "毛坯", "客厅、卧室×2、厨房、卫生间、阳台");
        String[] owners = {"王建华", "李秀英", "张伟", "刘芳", "陈静", "杨磊"};
        int n = 0;
        for (int b = 1; b <= 2; b++) {
            for (int floor = 1; floor <= 3; floor++) {
                for (int u = 1; u <= 2; u++) {
                    String type = b == 1 ? "A" : "B";
                    wb.row(UNITS, b + "号楼", String.format("%d-%d%02d", b, floor, u), String.valueOf(floor), type,
                            b == 1 ? "128.35" : "89.60", owners[n % owners.length],
                            String.format("139%08d", 10_000_000 + n), "2026-06-" + (10 + floor));
                    n++;
                }
            }
        }
        return wb.row(CONTRACTORS, "北京城建土建工程有限公司", "土建", "全部", "1200000", "刘建国", "010-65110001")
                .row(CONTRACTORS, "京通给排水安装有限公司", "给排水", "全部", "400000", "陈水生", "010-65110002")
                .row(CONTRACTORS, "美窗门窗幕墙有限公司", "门窗", "1号楼", "300000", "赵明", "010-65110004")
                .row(CONTRACTORS, "精工装饰工程有限公司", "门窗", "2号楼", "600000", "周洁", "010-65110005")
                .row(CONTRACTORS, "精工装饰工程有限公司", "精装", "1号楼", "600000", "周洁", "010-65110005");
    }
}
