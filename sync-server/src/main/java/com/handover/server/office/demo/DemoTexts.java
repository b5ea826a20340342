package com.handover.server.office.demo;

import java.util.Random;

/** The words inspectors, maintenance staff and owners use, for realistic notes. */
final class DemoTexts {

    private static final String[] FAILURE_NOTES = {
        "表面有明显划痕", "局部空鼓，敲击声空", "墙面有细小裂缝约20cm", "开关不灵活，需调整", "打胶不饱满",
        "地漏排水缓慢", "门扇关闭不严，有缝隙", "瓷砖缝宽不一致", "插座面板松动", "窗扇五金件缺失",
        "涂料色差明显", "阴阳角不方正", "龙头出水有渗漏", "吊顶板接缝开裂"};
    private static final String[] REPAIR_NOTES = {
        "已重新打胶并清理", "已更换五金件", "已铲除空鼓部位重新抹灰", "已调整门扇合页", "已更换面板并测试通电",
        "已疏通地漏并做通水试验"};
    private static final String[] COMPLAINTS = {
        "卫生间顶部渗水，楼下邻居反映天花板有水渍", "入户门锁芯损坏，无法反锁", "客厅地面瓷砖空鼓开裂",
        "厨房下水管道堵塞，水流很慢", "阳台推拉门关不严，下雨进水", "小区停车位分配问题咨询",
        "卧室墙面涂料大面积起皮", "供暖后暖气片不热"};

    private DemoTexts() {
    }

    static String failureNote(Random r) {
        return FAILURE_NOTES[r.nextInt(FAILURE_NOTES.length)];
    }

    static String repairNote(Random r) {
        return REPAIR_NOTES[r.nextInt(REPAIR_NOTES.length)];
    }

    static String complaint(int n) {
        return COMPLAINTS[n % COMPLAINTS.length];
    }
}
