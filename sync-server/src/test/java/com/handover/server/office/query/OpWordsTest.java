package com.handover.server.office.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.json.BundledChecklists;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.fold.ComplaintFold;
import com.handover.model.sync.fold.DefectFold;
import com.handover.model.sync.fold.InspectionFold;
import com.handover.model.sync.fold.WorkOrderFold;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.server.office.web.Lang;
import com.handover.server.office.web.Messages;
import com.handover.server.office.web.PageContext;
import com.handover.server.sync.PushResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Operations read in the office's words: every field, type, rule and refusal has a name in both languages. */
class OpWordsTest {

    @Test
    void everyFieldOfEveryOperationTypeHasANameInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            Messages msg = Messages.of(lang);
            for (OperationType type : OperationType.values()) {
                need(msg, "op." + type.wireName(), missing);
                for (RecordComponent rc : type.payloadClass().getRecordComponents()) {
                    if (!OpWords.HIDDEN.contains(rc.getName())) {
                        need(msg, "field." + rc.getName(), missing);
                    }
                }
            }
            for (PushResult.RejectCode code : PushResult.RejectCode.values()) {
                need(msg, "sync.code." + code.name(), missing);
                need(msg, "sync.codeHint." + code.name(), missing);
            }
            for (Class<?> fold : List.of(ComplaintFold.class, DefectFold.class, InspectionFold.class, WorkOrderFold.class)) {
                for (Field f : fold.getFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("RULE_")) {
                        need(msg, "rule." + value(f), missing);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void anOperationReadsInWordsWithoutFieldNamesIdsOrEnumNames() {
        UUID contractor = UUID.randomUUID();
        People people = People.of(List.of(new People.Person("maint1", "李维修", com.handover.model.Role.MAINTENANCE)));
        PageContext page = new PageContext(Messages.of(Lang.ZH), null, "", "", "/", ZoneId.of("Asia/Shanghai"));
        OpWords words = new OpWords(page, new ChecklistNames(BundledChecklists.catalog(), Lang.ZH), people,
                Map.of("phone-1", "维修手机 M1"), Map.of(contractor, "北京城建土建工程有限公司"));
        Operation created = new Operation(UUID.randomUUID(), OperationType.WORK_ORDER_CREATED, UUID.randomUUID(),
                new Hlc(Instant.parse("2026-11-07T06:01:00Z").toEpochMilli(), 0, "phone-1"), "maint1", "phone-1", null,
                new WorkOrderOps.Created(UUID.randomUUID(), WorkOrderSource.DEFECT, UUID.randomUUID(), null, "BEDROOM-2",
                        "墙面开裂", Severity.NORMAL, "PLASTER", 60_000, false, Instant.parse("2026-11-07T06:00:00Z")));
        OpView op = OpView.of(created);
        assertEquals("创建维修单", words.type(op));
        assertEquals("李维修 · 维修手机 M1", words.who(op));
        assertEquals("2026-11-07 14:01", words.when(op));
        String all = words.lines(op).toString();
        assertTrue(all.contains("卧室 2"), all);
        assertTrue(all.contains("¥600.00"), all);
        assertTrue(all.contains("验房问题") && all.contains("一般"), all);
        for (String internal : List.of("BEDROOM", "PLASTER", "DEFECT", "NORMAL", "Fen", "unitId", "maint1")) {
            assertFalse(all.contains(internal), internal + " in " + all);
        }
        assertEquals("检查项 卧室 2 · 墙面涂饰观感", words.field(EntityKind.INSPECTION, "item:BEDROOM-2/F-BEDROOM-PAINT"));
        assertEquals("状态", words.field(EntityKind.WORK_ORDER, "status"));
        assertEquals("业主已签字，验房结果不能再改；请安排复验", words.rule(InspectionFold.RULE_ALREADY_SIGNED));
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void need(Messages msg, String key, List<String> missing) {
        if (!msg.has(key)) {
            missing.add(msg.lang() + " " + key);
        }
    }
}
