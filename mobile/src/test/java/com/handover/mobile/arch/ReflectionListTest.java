package com.handover.mobile.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.mobile.store.ReferenceData;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.ChecklistVocabulary;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sync.Conflict;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.state.ComplaintState;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.WorkOrderState;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A native image only reflects on classes it was told about: every record Jackson reads or writes on the phone
 * (operation payloads, reference data, checklist templates, protocol bodies, and every record or enum they hold)
 * must be in the GluonFX {@code reflectionList} of mobile/pom.xml.
 */
class ReflectionListTest {

    private static final Pattern REFLECTION_LIST = Pattern.compile("<reflectionList>(.*?)</reflectionList>", Pattern.DOTALL);
    private static final Pattern ENTRY = Pattern.compile("<list>\\s*([^<\\s]+)\\s*</list>");

    @Test
    void everyClassTheJsonCodecReflectsOnIsListed() throws Exception {
        Set<String> listed = listed(Files.readString(Path.of("pom.xml")));
        Set<String> missing = new TreeSet<>();
        for (Class<?> c : reflectedOn()) {
            if (!listed.contains(c.getName())) {
                missing.add(c.getName());
            }
        }
        assertEquals(Set.of(), missing, "add these to <reflectionList> in mobile/pom.xml");
    }

    private static Set<String> listed(String pom) {
        Matcher list = REFLECTION_LIST.matcher(pom);
        if (!list.find()) {
            throw new AssertionError("mobile/pom.xml has no <reflectionList>");
        }
        Set<String> out = new TreeSet<>();
        Matcher entry = ENTRY.matcher(list.group(1));
        while (entry.find()) {
            out.add(entry.group(1));
        }
        return out;
    }

    /** The classes the app hands to Jackson, and every record and enum of the product reachable from them. */
    private static Set<Class<?>> reflectedOn() throws ClassNotFoundException {
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Project.class, Building.class, UnitType.class, Unit.class,
                Contractor.class, ReferenceData.TemplateRef.class, ChecklistTemplate.class, ChecklistVocabulary.class,
                Class.forName("com.handover.model.json.BundledChecklists$Index"),
                Class.forName("com.handover.model.json.FoldedRecordCodec$Stored"), Conflict.class,
                InspectionState.class, DefectState.class, WorkOrderState.class, ComplaintState.class));
        for (OperationType t : OperationType.values()) {
            todo.add(t.payloadClass());
        }
        for (Class<?> body : Class.forName("com.handover.mobile.sync.http.ProtocolBodies").getDeclaredClasses()) {
            if (body.isRecord()) {
                todo.add(body);
            }
        }
        Set<Class<?>> seen = new java.util.LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!c.getName().startsWith("com.handover.") || !(c.isRecord() || c.isEnum()) || !seen.add(c)) {
                continue;
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    addTypes(rc.getGenericType(), todo);
                }
            }
        }
        return seen;
    }

    private static void addTypes(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c) {
            todo.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            addTypes(p.getRawType(), todo);
            for (Type arg : p.getActualTypeArguments()) {
                addTypes(arg, todo);
            }
        }
    }
}
