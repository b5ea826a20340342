package com.handover.server.demo;

import java.time.LocalDate;

/** The demo project as the customer's import file (csv, the layout of the downloadable template). */
final class DemoWorkbook {

    static final String PROJECT_CODE = "BJHY";
    static final int FLOORS = 18;
    static final int UNITS_PER_FLOOR = 4;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "霞"};

    private DemoWorkbook() {
    }

    static String csv(LocalDate completion) {
        StringBuilder sb = new StringBuilder();
        sb.append("[项目]\n项目编号,项目名称,城市,设计使用年限\n").append(PROJECT_CODE).append(",滨江花园,北京,50\n\n");
        sb.append("[楼栋]\n楼栋,层数,竣工验收日期\n");
        for (int b = 1; b <= 2; b++) {
            sb.append(b).append("号楼,").append(FLOORS).append(',').append(completion).append('\n');
        }
        sb.append("\n[户型]\n户型编号,户型名称,交付标准,房间\n")
                .append("A,A户型 三室两厅两卫 128㎡,装修,客厅、卧室×3、厨房、卫生间×2、阳台\n")
                .append("B,B户型 两室两厅一卫 89㎡,装修,客厅、卧室×2、厨房、卫生间、阳台\n")
                .append("A-MP,A户型 三室两厅两卫 128㎡（毛坯）,毛坯,客厅、卧室×3、厨房、卫生间×2、阳台\n")
                .append("B-MP,B户型 两室两厅一卫 89㎡（毛坯）,毛坯,客厅、卧室×2、厨房、卫生间、阳台\n");
        units(sb, completion);
        sb.append("\n[施工单位]\n施工单位名称,专业,楼栋,质保金（元）,联系人,维修电话\n")
                .append("北京城建土建工程有限公司,CIVIL,全部,1200000,刘建国,010-65110001\n")
                .append("京通给排水安装有限公司,PLUMBING,全部,400000,陈水生,010-65110002\n")
                .append("华电电气工程有限公司,ELECTRICAL,全部,350000,杨电明,010-65110003\n")
                .append("美窗门窗幕墙有限公司,WINDOWS_DOORS,全部,300000,赵门,010-65110004\n")
                .append("精工装饰工程有限公司,DECORATION,全部,600000,周装,010-65110005\n");
        return sb.toString();
    }

    private static void units(StringBuilder sb, LocalDate completion) {
        sb.append("\n[房屋]\n楼栋,房号,楼层,户型编号,建筑面积（㎡）,业主姓名,业主电话,通知交付日期\n");
        int n = 0;
        for (int b = 1; b <= 2; b++) {
            for (int floor = 1; floor <= FLOORS; floor++) {
                for (int u = 1; u <= UNITS_PER_FLOOR; u++) {
                    boolean large = u == 1 || u == 4;
                    String type = (large ? "A" : "B") + (b == 2 ? "-MP" : "");
                    sb.append(b).append("号楼,").append(String.format("%d-%d%02d", b, floor, u)).append(',')
                            .append(floor).append(',').append(type).append(',').append(large ? "128.35" : "89.60")
                            .append(',').append(ownerName(n)).append(',').append(String.format("1380010%04d", n))
                            .append(',').append(completion.plusDays(30 + floor / 2)).append('\n');
                    n++;
                }
            }
        }
    }

    private static String ownerName(int n) {
        return SURNAMES[n % SURNAMES.length] + GIVEN[(n / SURNAMES.length) % GIVEN.length]
                + (n % 3 == 0 ? GIVEN[(n * 7) % GIVEN.length] : "");
    }
}
