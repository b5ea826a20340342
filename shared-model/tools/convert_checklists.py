#!/usr/bin/env python3
"""One-off conversion of the domain checklist file into the bundled, versioned resources of shared-model.

    python3 shared-model/tools/convert_checklists.py /work/shared/domain/checklists.json \
        shared-model/src/main/resources/checklists

Writes catalog-v1.json (methods, trades, measures, warranty categories), finished-v1.json and
bare-shell-v1.json in the shape of the Java records of com.handover.model.checklist (read by TemplateJson).
What the source does not carry (English trade names, zh legal citations per warranty category, the
structured form of each tolerance, which rooms cover the whole unit) is added here, by hand, once.
The application never reads the source file at run time.
"""
import json
import sys
from pathlib import Path

TRADE_EN = {
    "CIVIL": "Civil works",
    "PLUMBING": "Plumbing",
    "ELECTRICAL": "Electrical",
    "WINDOWS_DOORS": "Windows and doors",
    "DECORATION": "Fit-out and finishes",
    "EQUIPMENT": "Equipment",
    "WATERPROOFING": "Waterproofing",
}

REG = "《建设工程质量管理条例》(国务院令第279号)第四十条"
BUYER = "建房[1998]102号 第五条"
# (buyer citation, contractor citation), zh; None where the source has no line.
BASIS_ZH = {
    "STRUCTURE": (BUYER + ":地基基础和主体结构在合理使用寿命年限内承担保修",
                  REG + "第(一)项:地基基础工程和主体结构工程,为设计文件规定的该工程的合理使用年限"),
    "ROOF_WATERPROOF": (BUYER + ":屋面防水3年", REG + "第(二)项:屋面防水工程5年"),
    "WET_AREA_LEAK": (BUYER + ":厨房和卫生间地面渗漏1年", REG + "第(二)项:有防水要求的卫生间、房间的防渗漏5年"),
    "EXTERNAL_WALL_LEAK": (BUYER + ":墙面渗漏1年", REG + "第(二)项:外墙面的防渗漏5年"),
    "BASEMENT_LEAK": (BUYER + ":地下室渗漏1年", REG + "第(二)项:有防水要求的房间的防渗漏5年(地下室按有防水要求的房间理解)"),
    "PIPE_LEAK": (BUYER + ":管道渗漏1年", REG + "第(四)项:给排水管道2年"),
    "PLASTER": (BUYER + ":墙面、顶棚抹灰层脱落1年", REG + "第(四)项:装修工程2年"),
    "FLOOR": (BUYER + ":地面空鼓开裂、大面积起砂1年", REG + "第(四)项:装修工程2年"),
    "DOOR_WINDOW": (BUYER + ":门窗翻裂、五金件损坏1年", REG + "第(四)项:装修工程2年"),
    "PIPE_BLOCKAGE": (BUYER + ":管道堵塞2个月", REG + "第(四)项:给排水管道2年"),
    "HEATING": (BUYER + ":供热、供冷系统和设备1个采暖期", REG + "第(三)项:供热与供冷系统2个采暖期"),
    "COOLING": (BUYER + ":供热、供冷系统和设备1个供冷期", REG + "第(三)项:供热与供冷系统2个供冷期"),
    "SANITARY_WARE": (BUYER + ":卫生洁具1年", REG + "第(四)项:设备安装2年"),
    "LIGHTING_SWITCH": (BUYER + ":灯具、电器开关6个月", REG + "第(四)项:电气管线、设备安装2年"),
    "ELECTRICAL_WIRING": (None, REG + "第(四)项:电气管线2年"),
    "EQUIPMENT": (None, REG + "第(四)项:设备安装2年"),
    "DECORATION": (BUYER + ":其他部位、部件的保修期由开发企业与用户自行约定", REG + "第(四)项:装修工程2年"),
    "OTHER": (BUYER + ":其他部位、部件的保修期由开发企业与用户自行约定", REG + ":其他项目的保修期限由发包方与承包方约定"),
}

MEASURES = [
    ("FLATNESS", "表面平整度", "Surface flatness"),
    ("PLUMBNESS", "立面垂直度", "Plumbness"),
    ("SQUARENESS", "阴阳角方正", "Squareness of corners"),
    ("LIPPAGE", "接缝高低差", "Lippage between units"),
    ("JOINT_STRAIGHTNESS", "接缝直线度", "Straightness of joints"),
    ("HOLLOW_TILE_SHARE", "空鼓砖比例", "Share of hollow-sounding tiles"),
    ("HOLLOW_AREA", "单处空鼓面积", "Area of one hollow spot"),
    ("HOLLOW_SPOTS", "每间空鼓处数", "Hollow spots per room"),
    ("PONDING_DEPTH", "蓄水深度", "Ponding water depth"),
    ("TRAP_SEAL", "水封深度", "Trap seal depth"),
    ("RAILING_HEIGHT", "栏杆净高", "Railing clear height"),
    ("BALUSTER_GAP", "杆件净距", "Clear gap between balusters"),
    ("TEST_PRESSURE", "试验压力", "Test pressure"),
]

WHOLE_UNIT_ROOMS = {"ENTRANCE", "WINDOWS", "UTILITIES", "FIXTURES"}


def limit(measure, bound, value, unit, condition=None):
    out = {"measure": measure, "bound": bound, "value": value, "unit": unit}
    if condition:
        out["condition"] = condition
    return out


def main_measure(item):
    """The measure a plain "maxMm" refers to, from what the item checks."""
    code = item["code"]
    if code.endswith("WALL_PLUMB"):
        return "PLUMBNESS"
    if code.endswith("WALL_CORNER"):
        return "SQUARENESS"
    return "FLATNESS"


def tolerance(item):
    src = item.get("tolerance")
    if src is None:
        return None
    src = dict(src)
    limits = []
    gauge = src.pop("gauge", None)
    duration = src.pop("durationH", None)
    if "maxMm" in src:
        limits.append(limit(main_measure(item), "MAX", src.pop("maxMm"), "MM"))
    if "maxMmHighGrade" in src:
        limits.append(limit(main_measure(item), "MAX", src.pop("maxMmHighGrade"), "MM", "HIGH_GRADE"))
    simple = {
        "maxLippageMm": ("LIPPAGE", "MAX", "MM"),
        "maxJointStraightnessMm": ("JOINT_STRAIGHTNESS", "MAX", "MM"),
        "maxHollowTilePercent": ("HOLLOW_TILE_SHARE", "MAX", "PERCENT"),
        "flatMaxMm": ("FLATNESS", "MAX", "MM"),
        "plumbMaxMm": ("PLUMBNESS", "MAX", "MM"),
        "minDepthMm": ("PONDING_DEPTH", "MIN", "MM"),
        "minSealMm": ("TRAP_SEAL", "MIN", "MM"),
        "maxGapM": ("BALUSTER_GAP", "MAX", "M"),
        "testPressureMPaMin": ("TEST_PRESSURE", "MIN", "MPA"),
        "maxHollowAreaCm2": ("HOLLOW_AREA", "MAX", "CM2"),
        "maxSpotsPerRoom": ("HOLLOW_SPOTS", "MAX", "COUNT"),
    }
    for key, (measure, bound, unit) in simple.items():
        if key in src:
            limits.append(limit(measure, bound, src.pop(key), unit))
    if "minM_floors1to6" in src:
        limits.append(limit("RAILING_HEIGHT", "MIN", src.pop("minM_floors1to6"), "M", "BUILDING_UP_TO_6_FLOORS"))
    if "minM_floors7up" in src:
        limits.append(limit("RAILING_HEIGHT", "MIN", src.pop("minM_floors7up"), "M", "BUILDING_7_FLOORS_UP"))
    if src:
        raise SystemExit(f"{item['code']}: tolerance keys not converted: {sorted(src)}")
    out = {"limits": limits}
    if gauge is not None:
        out["gauge"] = gauge
    if duration is not None:
        out["testDurationHours"] = duration
    return out


def item(src):
    out = {
        "code": src["code"],
        "nameZh": src["nameZh"],
        "nameEn": src["nameEn"],
        "method": src["method"],
        "criterionZh": src["criterionZh"],
        "criterionEn": src["criterion"],
        "warrantyCategory": src["warrantyCategory"],
        "trade": src["trade"],
    }
    if "reference" in src:
        out["reference"] = src["reference"]
    tol = tolerance(src)
    if tol is not None:
        out["tolerance"] = tol
    # The source: "Items without the field are qualitative."
    out["verification"] = src.get("verification", "QUALITATIVE")
    return out


def room(src):
    return {
        "code": src["code"],
        "nameZh": src["nameZh"],
        "nameEn": src["nameEn"],
        "repeatable": src["repeatable"],
        "wholeUnit": src["code"] in WHOLE_UNIT_ROOMS,
        "items": [item(i) for i in src["items"]],
    }


def template(src):
    rooms = [room(r) for r in src["rooms"]]
    count = sum(len(r["items"]) for r in rooms)
    if count != src["itemCount"]:
        raise SystemExit(f"{src['code']}: {count} items, the source says {src['itemCount']}")
    return {
        "code": src["code"],
        "version": 1,
        "nameZh": src["nameZh"],
        "nameEn": src["nameEn"],
        "seedForm": src["seedForm"],
        "rooms": rooms,
    }


def period(src):
    if src is None:
        return None
    out = {"unit": src["unit"]}
    if src["amount"] is not None:
        out["amount"] = src["amount"]
    return out


def category(src):
    buyer_basis, contractor_basis = BASIS_ZH[src["code"]]
    out = {
        "code": src["code"],
        "nameZh": src["nameZh"],
        "nameEn": src["nameEn"],
    }
    for key, value in (("buyerPeriod", period(src["buyerPeriod"])),
                       ("contractorPeriod", period(src["contractorPeriod"])),
                       ("basis", src["basis"]),
                       ("buyerBasisZh", buyer_basis),
                       ("contractorBasisZh", contractor_basis),
                       ("verification", src["verification"]),
                       ("note", src.get("note"))):
        if value is not None:
            out[key] = value
    return out


def write(path, doc):
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(source, target):
    src = json.loads(Path(source).read_text(encoding="utf-8"))
    target = Path(target)
    vocabulary = {
        "version": 1,
        "methods": src["methods"],
        "trades": [{"code": t["code"], "nameZh": t["nameZh"], "nameEn": TRADE_EN[t["code"]]} for t in src["trades"]],
        "measures": [{"code": c, "nameZh": zh, "nameEn": en} for c, zh, en in MEASURES],
        "warrantyCategories": [category(c) for c in src["warrantyCategories"]],
    }
    write(target / "catalog-v1.json", vocabulary)
    files = {"FINISHED": "finished-v1.json", "BARE_SHELL": "bare-shell-v1.json"}
    for t in src["templates"]:
        write(target / files[t["code"]], template(t))
    write(target / "index.json", {"vocabulary": "catalog-v1.json", "templates": list(files.values())})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
