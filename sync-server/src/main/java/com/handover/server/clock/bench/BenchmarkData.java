package com.handover.server.clock.bench;

import com.handover.model.ComplaintCategory;
import com.handover.model.DeliveryStandard;
import com.handover.model.InspectionKind;
import com.handover.model.IntakeChannel;
import com.handover.model.Point;
import com.handover.model.Role;
import com.handover.model.Severity;
import com.handover.model.SignOffDecision;
import com.handover.model.Signature;
import com.handover.model.SignerRole;
import com.handover.model.Stroke;
import com.handover.model.WorkOrderSource;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.json.BundledChecklists;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.signoff.WorkOrderContent;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.server.Components;
import com.handover.server.auth.User;
import com.handover.server.sync.ServerOperations;
import com.handover.server.sync.ServerOperations.Draft;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The 1,000-unit benchmark data set: one project of 10 buildings x 25 floors x 4 units, each unit handed over,
 * three defects per unit (items that repeat across units, so common defects show), a work order per unit in
 * every state of its life (a fifth past their deadline), and a complaint for every third unit. Everything is
 * written through the push path, so it is materialised as in production. Seeded: the same every run.
 */
public final class BenchmarkData {

    public static final int BUILDINGS = 10;
    public static final int FLOORS = 25;
    public static final int UNITS_PER_FLOOR = 4;
    private static final int BATCH = 450;

    public final Project project;
    public final List<Unit> units = new ArrayList<>();
    public final List<Contractor> contractors = new ArrayList<>();
    private final List<Building> buildings = new ArrayList<>();
    private final UnitType type;

    public BenchmarkData(LocalDate completion) {
        project = new Project(id("project"), "BENCH", "基准花园", "北京", completion, 50);
        type = new UnitType(id("type"), project.id(), "A", "A户型 三室两厅两卫", List.of("LIVING", "BEDROOM-1",
                "BEDROOM-2", "BEDROOM-3", "KITCHEN", "BATHROOM-1", "BATHROOM-2", "BALCONY-1"), null);
        for (int b = 1; b <= BUILDINGS; b++) {
            Building building = new Building(id("b" + b), project.id(), b + "号楼", FLOORS);
            buildings.add(building);
            for (int f = 1; f <= FLOORS; f++) {
                for (int u = 1; u <= UNITS_PER_FLOOR; u++) {
                    String number = String.format("%d-%d%02d", b, f, u);
                    units.add(new Unit(id("u" + number), project.id(), building.id(), number, f,
                            DeliveryStandard.FINISHED, type.id(), "业主" + number, "1390000" + String.format("%04d", units.size())));
                }
            }
        }
        String[][] ks = {{"CIVIL", "土建"}, {"PLUMBING", "给排水"}, {"ELECTRICAL", "电气"}, {"WINDOWS_DOORS", "门窗"},
                {"DECORATION", "精装"}, {"WATERPROOFING", "防水"}, {"EQUIPMENT", "设备"}};
        for (String[] k : ks) {
            contractors.add(new Contractor(id("k" + k[0]), "基准" + k[1] + "工程有限公司", List.of(k[0]), "010-6000000",
                    "负责人", 50_000_000L));
        }
    }

    /** Inserts the reference data and writes the history; returns how many operations were written. */
    public int load(Components c, ServerOperations writer, User inspector, User office) {
        c.db().write(conn -> {
            c.sites().insertProject(conn, project);
            for (Building b : buildings) {
                c.sites().insertBuilding(conn, b);
            }
            c.sites().insertUnitType(conn, type);
            c.sites().insertUnits(conn, units);
            for (Contractor k : contractors) {
                c.sites().insertContractor(conn, k);
            }
            c.sites().assignProject(conn, inspector.username(), project.id());
            return null;
        });
        Random random = new Random(20261116);
        ChecklistTemplate template = BundledChecklists.catalog().latest("FINISHED").orElseThrow();
        List<ChecklistItem> items = template.rooms().stream().flatMap(r -> r.items().stream()).toList();
        Stroke stroke = new Stroke(List.of(new Point(100, 100), new Point(900, 400), new Point(1500, 200)));
        List<Draft> inspections = new ArrayList<>();
        List<Draft> orders = new ArrayList<>();
        int n = 0;
        for (Unit u : units) {
            UUID inspection = UUID.randomUUID();
            Draft started = Draft.of(OperationType.INSPECTION_STARTED, inspection, new InspectionOps.Started(u.id(),
                    InspectionKind.HANDOVER, "FINISHED", 1, type.rooms(), List.of()));
            inspections.add(started);
            for (int d = 0; d < 3; d++) {
                ChecklistItem item = items.get(random.nextInt(24) * 3 % items.size());
                inspections.add(Draft.of(OperationType.DEFECT_OPENED, UUID.randomUUID(), new DefectOps.Opened(u.id(),
                        inspection, "LIVING", item.code(), item.nameZh() + "不合格", Severity.values()[random.nextInt(4)],
                        item.trade(), item.warrantyCategory(), null, List.of(), "基准数据", LocalDate.now())));
            }
            inspections.add(Draft.of(OperationType.INSPECTION_SIGNED, inspection, new InspectionOps.Signed(
                    SignOffDecision.ACCEPT_WITH_DEFECTS, List.of(new Signature(SignerRole.OWNER, u.ownerName(),
                    List.of(stroke), Instant.now()), new Signature(SignerRole.INSPECTOR, "验房员", List.of(stroke),
                    Instant.now())), List.of(started.id()), "0".repeat(64))));
            orders.addAll(workOrder(u, n++, random));
            if (n % 3 == 0) {
                orders.add(Draft.of(OperationType.COMPLAINT_RECEIVED, UUID.randomUUID(), new ComplaintOps.Received(u.id(),
                        IntakeChannel.PHONE, ComplaintCategory.HOUSING_QUALITY, "KITCHEN", "厨房水槽下渗水",
                        Severity.NORMAL, u.ownerName(), u.ownerPhone(), Instant.now().minusSeconds(random.nextInt(200_000)))));
            }
        }
        return write(writer, inspector, inspections) + write(writer, office, orders);
    }

    private List<Draft> workOrder(Unit u, int n, Random random) {
        UUID wo = UUID.randomUUID();
        Contractor k = contractors.get(n % contractors.size());
        boolean emergency = n % 17 == 0;
        long estimate = 20_000L + random.nextInt(200_000);
        Instant reported = Instant.now().minusSeconds(3600L * (n % 5 == 0 ? 60 : random.nextInt(20)));
        List<Draft> out = new ArrayList<>();
        out.add(Draft.of(OperationType.WORK_ORDER_CREATED, wo, new WorkOrderOps.Created(u.id(),
                WorkOrderSource.OWNER_REPORT, null, null, "BATHROOM-1", "卫生间渗水维修", emergency ? Severity.EMERGENCY
                : Severity.NORMAL, "PIPE_LEAK", estimate, emergency, reported)));
        int stage = n % 6;
        if (stage == 0) {
            return out;
        }
        Draft assigned = Draft.of(OperationType.WORK_ORDER_ASSIGNED, wo, new WorkOrderOps.Assigned(k.id(), null));
        out.add(assigned);
        if (stage == 1) {
            return out;
        }
        Draft onSite = stage == 5
                ? Draft.of(OperationType.WORK_ORDER_ESCALATED, wo, assigned.id(), new WorkOrderOps.Escalated("超时未到场"))
                : Draft.of(OperationType.WORK_ORDER_ARRIVED, wo, assigned.id(), new WorkOrderOps.Arrived(Instant.now()));
        out.add(onSite);
        if (stage == 2) {
            return out;
        }
        out.add(Draft.of(OperationType.WORK_ORDER_COMPLETED, wo, onSite.id(), new WorkOrderOps.Completed("已修复",
                estimate - 5_000, List.of(), List.of())));
        if (stage >= 4) {
            Stroke stroke = new Stroke(List.of(new Point(10, 10), new Point(50, 50)));
            String signed = new WorkOrderContent(wo, u.id(), "卫生间渗水维修", k.id(), stage == 5, "已修复",
                    estimate - 5_000, List.of(), List.of()).hash();
            for (SignerRole role : List.of(SignerRole.MAINTENANCE, SignerRole.OWNER, SignerRole.SUPERVISOR,
                    SignerRole.PROJECT_DEPARTMENT)) {
                out.add(Draft.of(OperationType.WORK_ORDER_CONFIRMED, wo, new WorkOrderOps.Confirmed(
                        new Signature(role, role.name(), List.of(stroke), Instant.now()), signed)));
            }
        }
        return out;
    }

    private static int write(ServerOperations writer, User actor, List<Draft> drafts) {
        for (int from = 0; from < drafts.size(); from += BATCH) {
            writer.write(actor, drafts.subList(from, Math.min(drafts.size(), from + BATCH)));
        }
        return drafts.size();
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("handover-bench:" + name).getBytes(StandardCharsets.UTF_8));
    }

    static User office() {
        return new User("office", "王客服", Role.OFFICE);
    }

    static User inspector() {
        return new User("inspector", "张验房", Role.INSPECTOR);
    }
}
