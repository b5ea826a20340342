package com.handover.server.office.demo;

import com.handover.model.checklist.ChecklistItem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** The words inspectors, maintenance staff and owners use, for realistic notes that fit their item. */
final class DemoTexts {

    /** A fault by a word in the item's name; the first word found wins, so the specific ones come first. */
    private static final Map<String, String[]> FAULTS = new LinkedHashMap<>();
    private static final int DRAW = 14;
    private static final String[] OTHER = {"与验收标准不符，需整改"};
    private static final String[] REPAIR_NOTES = {
        "已重新打胶并清理", "已更换五金件", "已铲除空鼓部位重新抹灰", "已调整门扇合页", "已更换面板并测试通电",
        "已疏通地漏并做通水试验"};
    private static final String[] COMPLAINTS = {
        "卫生间顶部渗水，楼下邻居反映天花板有水渍", "入户门锁芯损坏，无法反锁", "客厅地面瓷砖空鼓开裂",
        "厨房下水管道堵塞，水流很慢", "阳台推拉门关不严，下雨进水", "小区停车位分配问题咨询",
        "卧室墙面涂料大面积起皮", "供暖后暖气片不热"};

    static {
        fault("空鼓", "敲击声空，空鼓面积约0.2㎡", "局部空鼓，敲击声空");
        fault("裂", "有一条细裂缝，长约20cm", "表面开裂，需修补");
        fault("起砂", "表面起砂，手摸掉灰");
        fault("渗漏", "有渗水痕迹，需查找渗漏点");
        fault("闭水", "闭水试验后楼下顶棚有水渍");
        fault("挡水", "门槛挡水高度不足，淋浴水外溢");
        fault("地漏", "地漏排水缓慢，有积水");
        fault("排水", "排水缓慢，有积水");
        fault("坡向", "地面坡向不对，地漏处积水");
        fault("平整度", "实测偏差约5mm，超出允许值");
        fault("垂直度", "实测偏差约6mm，超出允许值");
        fault("接缝", "接缝宽窄不一，局部高低差明显");
        fault("插座", "插座面板松动，需紧固", "插座不通电");
        fault("开关", "开关不灵活，需调整");
        fault("灯", "灯具不亮，需检查线路");
        fault("配电箱", "回路名称未标注");
        fault("漏电", "漏电保护器试验按钮不动作");
        fault("窗台", "窗台板有磕碰缺角");
        fault("门槛石", "石材有裂纹");
        fault("密封", "打胶不饱满，局部脱胶");
        fault("玻璃", "玻璃有划痕");
        fault("锁", "锁芯转动不顺，反锁困难");
        fault("窗", "窗扇开启不顺，五金件需调整", "窗扇关闭不严，有缝隙");
        fault("门", "门扇关闭不严，有缝隙", "门扇表面有明显划痕");
        fault("龙头", "龙头出水有渗漏");
        fault("阀门", "阀门接口处渗水");
        fault("给水", "接口处有渗水");
        fault("涂", "涂料色差明显，局部流坠");
        fault("顶棚", "顶棚涂料有色差");
        fault("吊顶", "吊顶板接缝开裂");
        fault("栏杆", "栏杆固定不牢，有晃动");
        fault("柜", "柜门不平齐，需调整铰链");
        fault("读数", "读数与交付清单不一致");
        fault("踢脚线", "踢脚线局部脱开");
    }

    private DemoTexts() {
    }

    private static void fault(String word, String... notes) {
        FAULTS.put(word, notes);
    }

    /** A fault that fits the item, chosen by the words of its name. */
    static String failureNote(ChecklistItem item, Random r) {
        int pick = r.nextInt(DRAW); // always one draw of the same size, so the rest of the demo stays as it was
        for (Map.Entry<String, String[]> e : FAULTS.entrySet()) {
            if (item.nameZh().contains(e.getKey())) {
                return e.getValue()[pick % e.getValue().length];
            }
        }
        return OTHER[0];
    }

    static String repairNote(Random r) {
        return REPAIR_NOTES[r.nextInt(REPAIR_NOTES.length)];
    }

    static String complaint(int n) {
        return COMPLAINTS[n % COMPLAINTS.length];
    }
}
