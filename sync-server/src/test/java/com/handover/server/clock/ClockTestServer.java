package com.handover.server.clock;

import com.handover.server.reference.TemplateStore;
import com.handover.server.sync.ServerOperations;
import com.handover.server.config.ClockSettings;
import com.handover.model.InspectionKind;
import com.handover.model.Point;
import com.handover.model.Role;
import com.handover.model.SignOffDecision;
import com.handover.model.Severity;
import com.handover.model.Signature;
import com.handover.model.SignerRole;
import com.handover.model.Stroke;
import com.handover.model.site.Unit;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.signoff.WorkOrderContent;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.server.Components;
import com.handover.server.HandoverServer;
import com.handover.server.auth.User;
import com.handover.server.config.Limits;
import com.handover.server.config.ServerConfig;
import com.handover.server.demo.DemoData;
import com.handover.server.demo.DemoLoader;
import com.handover.server.office.OfficeConsole;
import com.handover.server.reference.PublishedTemplateCatalog;
import com.handover.server.testing.TestClock;
import com.handover.server.testing.TestServer;
import java.time.Duration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A real server on loopback with the office console and the clocks (job not scheduled: tests run it), on a
 * temporary SQLite folder, holding the demo project; the clock is a {@link TestClock} the test moves. Every
 * demo account has the password {@link TestServer#PASSWORD}. Helpers write device-side steps (a signed
 * handover, a contractor's arrival and completion) through the push path.
 */
public final class ClockTestServer implements AutoCloseable {

    /** 2026-11-16 10:00 in Beijing. */
    public static final Instant START = Instant.parse("2026-11-16T02:00:00Z");

    private final Path dataDir;
    private final HandoverServer server;
    private final TestClock clock;
    private final ClockServices clocks;

    private ClockTestServer(ClockSettings settings, ServerConfig.PostgresSettings postgres) throws IOException {
        dataDir = Files.createTempDirectory("handover-clock-test");
        clock = new TestClock(START);
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dataDir, postgres, "server-1", false, Limits.defaults())
                .withClocks(settings);
        Clocks[] mounted = new Clocks[1];
        server = HandoverServer.builder(config).clock(clock)
                .routes(OfficeConsole::new)
                .routes(c -> mounted[0] = new Clocks(c, false))
                .start();
        clocks = mounted[0].services();
        Components c = server.components();
        DemoLoader.load(c);
        String hash = TestServer.passwordHash();
        c.db().write(conn -> {
            for (User u : new DemoData(TestServer.COMPLETION).users) {
                c.accounts().updatePasswordHash(conn, u.username(), hash);
            }
            return null;
        });
    }

    public static ClockTestServer start() {
        return start(ClockSettings.defaults());
    }

    public static ClockTestServer start(ClockSettings settings) {
        return start(settings, null);
    }

    /** On PostgreSQL when {@code postgres} is given, else on a temporary SQLite file. */
    public static ClockTestServer start(ClockSettings settings, ServerConfig.PostgresSettings postgres) {
        try {
            return new ClockTestServer(settings, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Components components() {
        return server.components();
    }

    public ClockServices clocks() {
        return clocks;
    }

    public TestClock clock() {
        return clock;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public DemoData demo() {
        return new DemoData(components().db().read(conn -> components().sites().projects(conn)).get(0)
                .completionAcceptance());
    }

    public Unit unit(String number) {
        return demo().units.stream().filter(u -> u.number().equals(number)).findFirst().orElseThrow();
    }

    public static User user(String username) {
        return new DemoData(TestServer.COMPLETION).users.stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow();
    }

    /**
     * An owner's phone call about a leaking pipe in the first bathroom, taken by the office now; a repair the
     * contractor goes to is followed by the maintenance user, whose phone later records the on-site confirmations.
     */
    public com.handover.server.office.repair.intake.IntakeOutcome repairRequest(Unit unit,
            com.handover.model.Severity urgency, long estimatedFen) {
        var taken = takeRepairRequest(unit, urgency, estimatedFen);
        if (taken.workOrderId() != null) {
            WorkOrderRow row = components().db().read(c -> WorkOrderRows.byId(c, taken.workOrderId())).orElseThrow();
            if (row.awaitingArrival() && row.contractorId() != null) {
                clocks.writer().write(user("office"), List.of(ServerOperations.Draft.of(
                        OperationType.WORK_ORDER_ASSIGNED, row.id(), UnitRecords.inEffect(clocks.records().of(
                                row.unitId()), com.handover.model.sync.EntityKind.WORK_ORDER, row.id(), "status"),
                        new WorkOrderOps.Assigned(row.contractorId(), "maintenance"))));
            }
        }
        return taken;
    }

    private com.handover.server.office.repair.intake.IntakeOutcome takeRepairRequest(Unit unit,
            com.handover.model.Severity urgency, long estimatedFen) {
        var intake = new com.handover.server.office.repair.intake.IntakeService(components(), clocks,
                new com.handover.server.reference.TemplateStore(components().db()));
        return intake.take(new com.handover.server.office.repair.intake.IntakeRequest(unit.id(),
                com.handover.server.office.repair.intake.IntakeRequest.Kind.REPAIR, com.handover.model.IntakeChannel.PHONE,
                com.handover.model.ComplaintCategory.HOUSING_QUALITY, "BATHROOM-1", "PIPE_LEAK", "卫生间下水管渗水",
                urgency, "王先生", "13800000000", estimatedFen), user("office"));
    }

    /** An accepted handover of the unit, signed now by the inspector and the owner. */
    public void handOver(Unit unit) {
        UUID inspection = UUID.randomUUID();
        var started = ServerOperations.Draft.of(OperationType.INSPECTION_STARTED, inspection,
                new InspectionOps.Started(unit.id(), InspectionKind.HANDOVER, unit.deliveryStandard().name(), 1,
                        List.of("LIVING", "KITCHEN"), List.of()));
        Stroke stroke = new Stroke(List.of(new Point(100, 100), new Point(900, 900)));
        var signed = ServerOperations.Draft.of(OperationType.INSPECTION_SIGNED, inspection,
                new InspectionOps.Signed(SignOffDecision.ACCEPT, List.of(
                        new Signature(SignerRole.OWNER, unit.ownerName() == null ? "业主" : unit.ownerName(),
                                List.of(stroke), clock.instant()),
                        new Signature(SignerRole.INSPECTOR, "张验房", List.of(stroke), clock.instant())),
                        List.of(started.id()), "0".repeat(64)));
        clocks.writer().write(user("inspector"), List.of(started, signed));
    }

    /** The maintenance worker arrives on site now. */
    public void arrive(UUID workOrder) {
        maintenanceStep(workOrder, new WorkOrderOps.Arrived(clock.instant()), OperationType.WORK_ORDER_ARRIVED);
    }

    /** The repair is completed now at the given actual cost. */
    public void complete(UUID workOrder, long actualCostFen) {
        maintenanceStep(workOrder, new WorkOrderOps.Completed("已修复", actualCostFen, List.of(), List.of()),
                OperationType.WORK_ORDER_COMPLETED);
    }

    /**
     * All four parties confirm the completed repair, each through an account that may record them: maintenance
     * and the owner on the repairer's phone, the supervisor and the project department from their own accounts.
     */
    public void confirmAll(UUID workOrder) {
        confirm(workOrder, new User("maintenance", "李维修", Role.MAINTENANCE), SignerRole.MAINTENANCE, SignerRole.OWNER);
        confirm(workOrder, new User("supervisor", "孙监理", Role.SUPERVISOR), SignerRole.SUPERVISOR);
        confirm(workOrder, new User("projectdept", "周项目", Role.PROJECT_DEPARTMENT), SignerRole.PROJECT_DEPARTMENT);
    }

    /**
     * A repair of unit {@code unitNumber} at {@code costFen} whose contractor did not come within 30 hours: escalated
     * to self-repair by the office, completed at that cost and confirmed by all four parties.
     */
    public UUID selfRepairedAndConfirmed(String unitNumber, long costFen) {
        handOver(unit(unitNumber));
        UUID order = repairRequest(unit(unitNumber), Severity.NORMAL, costFen).workOrderId();
        clock.advance(Duration.ofHours(30));
        clocks.escalations().escalate(order, user("office"), "逾期无人到场", clock.instant(), true, false);
        complete(order, costFen);
        confirmAll(order);
        return order;
    }

    private void confirm(UUID workOrder, User by, SignerRole... parties) {
        Stroke stroke = new Stroke(List.of(new Point(10, 10), new Point(20, 20)));
        WorkOrderRow row = components().db().read(c -> WorkOrderRows.byId(c, workOrder)).orElseThrow();
        String signed = WorkOrderContent.of(clocks.records().of(row.unitId()).workOrders().get(workOrder)).hash();
        List<ServerOperations.Draft> drafts = new java.util.ArrayList<>();
        for (SignerRole role : parties) {
            drafts.add(ServerOperations.Draft.of(OperationType.WORK_ORDER_CONFIRMED, workOrder,
                    new WorkOrderOps.Confirmed(new Signature(role, role.name(), List.of(stroke), clock.instant()),
                            signed)));
        }
        clocks.writer().write(by, drafts);
    }

    private void maintenanceStep(UUID workOrder, com.handover.model.sync.ops.Payload payload, OperationType type) {
        WorkOrderRow row = components().db().read(c -> WorkOrderRows.byId(c, workOrder)).orElseThrow();
        var state = clocks.records().of(row.unitId());
        UUID prev = UnitRecords.inEffect(state, com.handover.model.sync.EntityKind.WORK_ORDER, workOrder, "status");
        clocks.writer().write(new User("office", "王客服", Role.OFFICE),
                List.of(ServerOperations.Draft.of(type, workOrder, prev, payload)));
    }

    @Override
    public void close() {
        server.stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
