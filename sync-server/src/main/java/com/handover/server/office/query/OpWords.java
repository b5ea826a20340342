package com.handover.server.office.query;

import com.handover.model.FloorPlanPin;
import com.handover.model.PhotoRef;
import com.handover.model.Signature;
import com.handover.model.sync.EntityKind;
import com.handover.model.site.Contractor;
import com.handover.model.sync.Operation;
import com.handover.server.office.web.PageContext;
import com.handover.server.store.DeviceStore;
import com.handover.server.store.SiteStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An operation in the office's words: what was done (开始维修), by whom on which device (李维修 · 维修手机 M1),
 * when, and what it recorded, field by field with names from the bundle (报修金额 ¥600.00, 房间 卧室 2) — never
 * a field name, an enum name, an id or a clock string.
 */
public final class OpWords {

    /** Fields that only tie records together or prove them; the page shows their records instead. */
    public static final Set<String> HIDDEN = Set.of("unitId", "inspectionId", "defectId", "complaintId",
            "contentHash", "photoSha256", "templateVersion");

    public record Line(String label, String value) {
    }

    private final PageContext page;
    private final ChecklistNames names;
    private final People people;
    private final Map<String, String> devices;
    private final Map<UUID, String> contractors;

    public OpWords(PageContext page, ChecklistNames names, People people, Map<String, String> devices,
                   Map<UUID, String> contractors) {
        this.page = page;
        this.names = names;
        this.people = people;
        this.devices = devices;
        this.contractors = contractors;
    }

    /** The words of operations for one page: the accounts, devices and contractors read once. */
    public static OpWords load(Connection c, DeviceStore deviceStore, SiteStore sites, PageContext page,
                               ChecklistNames names) throws SQLException {
        Map<String, String> devices = new HashMap<>();
        for (DeviceStore.DeviceRecord d : deviceStore.list(c)) {
            devices.put(d.deviceId(), d.deviceName());
        }
        Map<UUID, String> contractors = new HashMap<>();
        for (Contractor k : sites.contractors(c)) {
            contractors.put(k.id(), k.name());
        }
        return new OpWords(page, names, People.load(c), devices, contractors);
    }

    public People people() {
        return people;
    }

    /** "开始维修"; a type this console has no words for reads as an operation. */
    public String type(OpView op) {
        if (op == null || !op.readable()) {
            return page.t("op.unreadable");
        }
        String key = "op." + op.type().wireName();
        return page.msg().has(key) ? page.t(key) : page.t("op.other");
    }

    /** "李维修 · 维修手机 M1". */
    public String who(OpView op) {
        if (op == null || !op.readable()) {
            return "";
        }
        return people.name(op.actor(), page.msg()) + " · " + device(op.device());
    }

    public String device(String deviceId) {
        String name = devices.get(deviceId);
        return name == null || name.isBlank() ? page.t("sync.unnamedDevice") : name;
    }

    public String when(OpView op) {
        return op == null || op.at() == null ? "" : page.dateTime(op.at());
    }

    /** What the operation recorded, one line per field that has a value. */
    public List<Line> lines(OpView view) {
        List<Line> out = new ArrayList<>();
        if (view == null || !view.readable()) {
            return out;
        }
        Operation op = view.op();
        for (RecordComponent rc : op.payload().getClass().getRecordComponents()) {
            if (HIDDEN.contains(rc.getName())) {
                continue;
            }
            String value = value(rc.getName(), read(rc, op.payload()), op);
            if (value != null && !value.isBlank()) {
                out.add(new Line(page.t("field." + rc.getName()), value));
            }
        }
        return out;
    }

    /** What two concurrent writes both wrote: 状态, 检查项 卧室 2 · 墙面平整度, 水表读数. */
    public String field(EntityKind kind, String field) {
        if (field == null) {
            return "";
        }
        int colon = field.indexOf(':');
        if (colon < 0) {
            String key = "conflict.field." + field;
            return page.msg().has(key) ? page.t(key) : page.t("conflict.field.other");
        }
        String what = field.substring(colon + 1);
        return switch (field.substring(0, colon)) {
            case "item" -> page.t("conflict.field.item", names.room(what.substring(0, Math.max(0, what.indexOf('/')))),
                    names.anyItem(what.substring(what.indexOf('/') + 1)));
            case "meter" -> page.t("conflict.field.meter", label("enum.MeterType." + what));
            case "keys" -> page.t("conflict.field.keys", label("enum.KeyType." + what));
            case "markup" -> page.t("conflict.field.markup");
            default -> page.t("conflict.field.other");
        };
    }

    /** The rule that refused an operation, in words. */
    public String rule(String rule) {
        if (rule == null) {
            return "";
        }
        String key = "rule." + rule;
        return page.msg().has(key) ? page.t(key) : page.t("rule.other");
    }

    private String label(String key) {
        return page.msg().has(key) ? page.t(key) : "";
    }

    private static Object read(RecordComponent rc, Object payload) {
        try {
            return rc.getAccessor().invoke(payload);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("payload component " + rc.getName() + " cannot be read", e);
        }
    }

    private String value(String name, Object v, Operation op) {
        if (v == null) {
            return null;
        }
        if (v instanceof Enum<?> e) {
            return page.label(e);
        }
        if (v instanceof Instant at) {
            return page.dateTime(at);
        }
        if (v instanceof LocalDate day) {
            return page.day(day);
        }
        if (v instanceof Boolean b) {
            return page.t(b ? "repair.yes" : "repair.no");
        }
        if (v instanceof UUID id) {
            return name.equals("contractorId") ? contractors.getOrDefault(id, page.t("op.value.unknownContractor")) : null;
        }
        if (v instanceof Number n) {
            return number(name, n);
        }
        if (v instanceof List<?> list) {
            return list(name, list);
        }
        if (v instanceof Signature s) {
            return signer(s);
        }
        if (v instanceof PhotoRef) {
            return page.t("op.value.photos", 1);
        }
        if (v instanceof FloorPlanPin) {
            return page.t("op.value.pin");
        }
        return text(name, String.valueOf(v), op);
    }

    private String number(String name, Number n) {
        if (name.endsWith("Fen")) {
            return page.yuan(n.longValue());
        }
        if (name.equals("satisfaction")) {
            return page.t("op.value.stars", n.intValue());
        }
        double d = n.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private String list(String name, List<?> list) {
        if (list.isEmpty()) {
            return null;
        }
        Object first = list.get(0);
        if (first instanceof PhotoRef) {
            return page.t("op.value.photos", list.size());
        }
        if (first instanceof Signature) {
            return list.stream().map(s -> signer((Signature) s)).collect(Collectors.joining("、"));
        }
        if (first instanceof String && name.equals("rooms")) {
            return list.stream().map(r -> names.room((String) r)).collect(Collectors.joining("、"));
        }
        if (first instanceof UUID) {
            return page.t(name.equals("coveredOperations") ? "op.value.records" : "op.value.defects", list.size());
        }
        return page.t("op.value.marks", list.size());
    }

    private String signer(Signature s) {
        return page.label(s.role()) + "：" + s.signerName();
    }

    private String text(String name, String s, Operation op) {
        return switch (name) {
            case "room" -> names.room(s);
            case "itemCode" -> names.anyItem(s);
            case "trade" -> names.trade(s);
            case "warrantyCategory" -> names.category(s);
            case "assignee" -> people.name(s);
            case "templateCode" -> templateName(s, op);
            case "reason" -> OpView.shorten(SystemReasons.text(s, page.msg()));
            default -> OpView.shorten(s);
        };
    }

    private String templateName(String code, Operation op) {
        int version = 1;
        for (RecordComponent rc : op.payload().getClass().getRecordComponents()) {
            if (rc.getName().equals("templateVersion")) {
                version = ((Number) read(rc, op.payload())).intValue();
            }
        }
        return page.templateName(code, version);
    }
}
