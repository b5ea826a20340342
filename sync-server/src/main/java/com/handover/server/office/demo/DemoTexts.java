package com.handover.server.office.demo;

import com.handover.model.checklist.ChecklistItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The words inspectors, maintenance staff and owners use, for realistic notes that fit their item. */
final class DemoTexts {

    /** Faults by the part of an item's name they are about; the longest part found in a name wins. */
    private static final Map<String, String[]> FAULTS = new LinkedHashMap<>();
    private static final int DRAW = 14;
    private static final String[] REPAIR_NOTES = {
        "已重新打胶并清理", "已更换五金件", "已铲除空鼓部位重新抹灰", "已调整门扇合页", "已更换面板并测试通电",
        "已疏通地漏并做通水试验"};
    private static final String[] COMPLAINTS = {
        "卫生间顶部渗水，楼下邻居反映天花板有水渍", "入户门锁芯损坏，无法反锁", "客厅地面瓷砖空鼓开裂",
        "厨房下水管道堵塞，水流很慢", "阳台推拉门关不严，下雨进水", "小区停车位分配问题咨询",
        "卧室墙面涂料大面积起皮", "供暖后暖气片不热"};

    static {
        fault("点位", "点位位置与图纸不符");
        fault("空鼓", "敲击声空，空鼓面积约0.2㎡", "局部空鼓，敲击声空");
        fault("裂", "有一条细裂缝，长约20cm", "表面开裂，需修补");
        fault("裂缝", "有一条细裂缝，长约20cm");
        fault("起砂", "表面起砂，手摸掉灰");
        fault("渗漏", "有渗水痕迹，需查找渗漏点");
        fault("闭水", "闭水试验后楼下顶棚有水渍");
        fault("挡水", "门槛挡水高度不足，淋浴水外溢");
        fault("地漏", "地漏排水缓慢，有积水");
        fault("排水", "排水缓慢，有积水");
        fault("坡向", "地面坡向不对，地漏处积水");
        fault("平整度", "平整度超出允许偏差，需修整");
        fault("垂直度", "垂直度超出允许偏差，需修整");
        fault("接缝", "接缝宽窄不一，局部高低差明显");
        fault("插座", "插座面板松动，需紧固", "插座不通电");
        fault("开关", "开关不灵活，需调整");
        fault("灯", "灯具不亮，需检查线路");
        fault("配电箱", "回路名称未标注");
        fault("漏电", "漏电保护器试验按钮不动作");
        fault("低窗台", "防护高度不足0.9m");
        fault("窗台", "窗台板有磕碰缺角");
        fault("门槛石", "石材有磕碰缺角");
        fault("密封", "打胶不饱满，局部脱胶");
        fault("玻璃", "玻璃有划痕");
        fault("锁具", "锁芯转动不顺，反锁困难");
        fault("窗扇", "窗扇开启不顺，五金件需调整", "窗扇关闭不严，有缝隙");
        fault("窗框", "窗框与墙体间打胶不连续");
        fault("纱窗", "纱窗网破损");
        fault("室内门", "门扇关闭不严，有缝隙", "门扇表面有明显划痕");
        fault("入户门", "门扇表面有明显划痕");
        fault("推拉门", "推拉门滑动不顺，有异响");
        fault("闭门器", "闭门器回弹过快，门扇撞击门框");
        fault("门禁", "可视对讲无图像");
        fault("龙头", "龙头出水有渗漏");
        fault("阀门", "阀门接口处渗水");
        fault("给水", "接口处有渗水");
        fault("水压", "水压偏低，出水量小");
        fault("涂", "涂料色差明显，局部流坠");
        fault("涂饰", "涂料色差明显，局部流坠");
        fault("涂料", "涂料局部起皮，需修补");
        fault("顶棚", "顶棚涂料有色差");
        fault("吊顶", "吊顶板接缝不平直，局部高低差");
        fault("栏杆", "栏杆固定不牢，有晃动");
        fault("栏板", "栏板高度不足1.1m");
        fault("柜", "柜门不平齐，需调整铰链");
        fault("柜类", "柜门不平齐，需调整铰链");
        fault("灯具", "灯具不亮，需检查线路");
        fault("标高", "相邻房间地面高差约1cm");
        fault("门厅", "门厅墙面有磕碰");
        fault("台面", "台面有划痕，接缝处胶条发黑");
        fault("读数", "读数与交付清单不一致");
        fault("踢脚线", "踢脚线局部脱开");
        fault("烟道", "烟道止回阀缺失");
        fault("坐便器", "坐便器底座打胶不连续，有晃动");
        fault("洁具", "洁具表面有划痕");
        fault("镜子", "镜子固定不牢");
        fault("钥匙", "钥匙数量与交付清单不符");
        fault("交付资料", "质量保证书缺页");
        fault("等电位", "等电位端子未接线");
        fault("弱电箱", "弱电箱内网线未标注");
        fault("底盒", "底盒歪斜，需调整");
        fault("空调孔", "空调孔未加护套");
        fault("采暖", "散热器接口处渗水");
        fault("燃气", "燃气管道固定卡缺失");
        fault("地砖", "地砖有崩边");
        fault("墙砖", "墙砖有崩边");
        fault("壁纸", "壁纸接缝翘边");
        fault("净高", "实测净高比图纸小约3cm");
        fault("防水层", "防水层局部起鼓");
        fault("阴阳角", "阴阳角不方正，偏差约5mm");
        fault("晾衣架", "晾衣架升降卡滞");
        fault("排风扇", "排风扇噪声大");
        fault("油烟机", "油烟机开机有异响");
        fault("热水", "热水出水慢，需排查");
        fault("新风", "新风出风口无风");
        fault("雨水管", "雨水管卡箍松动");
        fault("检修口", "检修口盖板缺失");
        fault("水槽", "水槽下方接口渗水");
        fault("窗帘", "窗帘轨道固定不牢");
        fault("清洁", "地面残留施工垃圾，需清理");
        fault("部品", "部品与交付标准清单不一致");
        fault("地面", "地面有明显划痕");
        fault("墙面", "墙面有明显污渍");

    }

    private DemoTexts() {
    }

    private static void fault(String part, String... notes) {
        FAULTS.put(part, notes);
    }

    /** The part of the item's name its faults are about: the longest known part (the first of equals); null if none. */
    static String partOf(ChecklistItem item) {
        String best = null;
        for (String part : FAULTS.keySet()) {
            if (item.nameZh().contains(part) && (best == null || part.length() > best.length())) {
                best = part;
            }
        }
        return best;
    }

    /** The notes that may describe a failure of this item; for an item without a known part, its own criterion missed. */
    static List<String> faultsOf(ChecklistItem item) {
        String part = partOf(item);
        return part != null ? List.of(FAULTS.get(part)) : List.of("未达到要求：" + item.criterionZh());
    }

    /** A fault that fits the item, chosen from the item's own faults. */
    static String failureNote(ChecklistItem item, Random r) {
        int pick = r.nextInt(DRAW); // always one draw of the same size, so the rest of the demo stays as it was
        List<String> notes = faultsOf(item);
        return notes.get(pick % notes.size());
    }

    static String repairNote(Random r) {
        return REPAIR_NOTES[r.nextInt(REPAIR_NOTES.length)];
    }

    static String complaint(int n) {
        return COMPLAINTS[n % COMPLAINTS.length];
    }
}
