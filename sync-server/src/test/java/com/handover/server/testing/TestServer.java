package com.handover.server.testing;

import com.handover.model.DeliveryStandard;
import com.handover.model.Role;
import com.handover.model.site.Building;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.server.Components;
import com.handover.server.HandoverServer;
import com.handover.server.clock.Clocks;
import com.handover.server.office.OfficeConsole;
import com.handover.server.auth.PasswordHasher;
import com.handover.server.auth.User;
import com.handover.server.config.Limits;
import com.handover.server.config.ClockSettings;
import com.handover.server.config.OfficeSettings;
import com.handover.server.config.ServerConfig;
import com.handover.server.demo.DemoData;
import com.handover.server.reference.TemplateCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fully wired server on 127.0.0.1 and a free port, on a temporary data folder (SQLite) or on a PostgreSQL
 * schema, holding the demo project and one account per role, all with the password {@link #PASSWORD}.
 * Also: {@code inspector2} assigned only to a second project ({@link #OTHER_PROJECT}), and {@code maintenance2}.
 */
public final class TestServer implements AutoCloseable {

    public static final String PASSWORD = "Handover-Test-1";
    public static final LocalDate COMPLETION = LocalDate.of(2026, 6, 30);
    public static final UUID OTHER_PROJECT = DemoData.id("test-other-project");
    public static final List<User> USERS = List.of(
            new User("inspector", "张验房", Role.INSPECTOR),
            new User("inspector2", "钱验房", Role.INSPECTOR),
            new User("maintenance", "李维修", Role.MAINTENANCE),
            new User("maintenance2", "孙维修", Role.MAINTENANCE),
            new User("office", "王客服", Role.OFFICE),
            new User("admin", "赵管理", Role.ADMIN),
            new User("supervisor", "孙监理", Role.SUPERVISOR),
            new User("projectdept", "周项目", Role.PROJECT_DEPARTMENT));

    private static volatile String passwordHash;

    private final HandoverServer server;
    private final Path dataDir;
    private final boolean ownsDataDir;
    private final DemoData demo = new DemoData(COMPLETION);
    private final List<Unit> otherUnits = new ArrayList<>();

    /** How to start: all optional ({@code templates} null: the checklists bundled with the shared model). */
    public record Options(Clock clock, Limits limits, ServerConfig.PostgresSettings postgres, String nodeId,
                          Path dataDir, TemplateCatalog templates, boolean seed, ClockSettings clocks,
                          boolean console) {
        public static Options defaults() {
            return new Options(Clock.systemUTC(), Limits.defaults(), null, "server", null, null, true,
                    ClockSettings.defaults(), false);
        }

        public Options withClocks(ClockSettings c) {
            return new Options(clock, limits, postgres, nodeId, dataDir, templates, seed, c, console);
        }

        public Options withClock(Clock c) {
            return new Options(c, limits, postgres, nodeId, dataDir, templates, seed, clocks, console);
        }

        public Options withLimits(Limits l) {
            return new Options(clock, l, postgres, nodeId, dataDir, templates, seed, clocks, console);
        }

        public Options withPostgres(ServerConfig.PostgresSettings pg, String node) {
            return new Options(clock, limits, pg, node, dataDir, templates, seed, clocks, console);
        }

        public Options withDataDir(Path dir) {
            return new Options(clock, limits, postgres, nodeId, dir, templates, seed, clocks, console);
        }

        /** With the office console and its repair clock mounted, as the server runs them. */
        public Options withConsole() {
            return new Options(clock, limits, postgres, nodeId, dataDir, templates, seed, clocks, true);
        }

        public Options withSeed(boolean s) {
            return new Options(clock, limits, postgres, nodeId, dataDir, templates, s, clocks, console);
        }
    }

    private TestServer(Options o) throws IOException {
        this.ownsDataDir = o.dataDir() == null;
        this.dataDir = ownsDataDir ? Files.createTempDirectory("handover-server-test") : o.dataDir();
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dataDir, o.postgres(), o.nodeId(), false, o.limits(),
                o.clocks(), OfficeSettings.defaults());
        var builder = HandoverServer.builder(config).clock(o.clock());
        if (o.console()) {
            builder.routes(Clocks::new).routes(OfficeConsole::new);
        }
        if (o.templates() != null) {
            builder.templates(o.templates());
        }
        this.server = builder.start();
        for (int i = 1; i <= 4; i++) {
            otherUnits.add(new Unit(DemoData.id("test-other-unit-" + i), OTHER_PROJECT,
                    DemoData.id("test-other-building"), "A-" + i, 1, DeliveryStandard.FINISHED,
                    DemoData.id("test-other-type"), "业主" + i, null));
        }
        if (o.seed()) {
            seed();
        }
    }

    public static TestServer start() {
        return start(Options.defaults());
    }

    public static TestServer start(Options options) {
        try {
            return new TestServer(options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One PBKDF2 hash for every test account: hashing is slow on purpose. */
    public static String passwordHash() {
        if (passwordHash == null) {
            synchronized (TestServer.class) {
                if (passwordHash == null) {
                    passwordHash = new PasswordHasher().hash(PASSWORD);
                }
            }
        }
        return passwordHash;
    }

    private void seed() {
        Components c = server.components();
        c.db().write(conn -> {
            c.log().lockHead(conn);
            if (c.sites().projectExists(conn, demo.project.id())) {
                return null;
            }
            c.sites().insertProject(conn, demo.project);
            for (var b : demo.buildings) {
                c.sites().insertBuilding(conn, b);
            }
            for (var t : demo.unitTypes) {
                c.sites().insertUnitType(conn, t);
            }
            c.sites().insertUnits(conn, demo.units);
            for (var k : demo.contractors) {
                c.sites().insertContractor(conn, k);
            }
            c.sites().insertProject(conn, new Project(OTHER_PROJECT, "OTHER", "江南府", "上海", COMPLETION, 50));
            c.sites().insertBuilding(conn, new Building(DemoData.id("test-other-building"), OTHER_PROJECT, "A座", 10));
            c.sites().insertUnitType(conn, new UnitType(DemoData.id("test-other-type"), OTHER_PROJECT, "C", "C户型",
                    List.of("LIVING", "BEDROOM-1", "KITCHEN", "BATHROOM-1"), null));
            c.sites().insertUnits(conn, otherUnits);
            for (User u : USERS) {
                c.accounts().saveUser(conn, u, passwordHash(), c.clock().millis());
            }
            c.sites().assignProject(conn, "inspector", demo.project.id());
            c.sites().assignProject(conn, "inspector2", OTHER_PROJECT);
            c.sites().assignProject(conn, "supervisor", demo.project.id());
            c.sites().assignProject(conn, "projectdept", demo.project.id());
            return null;
        });
    }

    public HandoverServer server() {
        return server;
    }

    public Components components() {
        return server.components();
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public Path dataDir() {
        return dataDir;
    }

    public DemoData demo() {
        return demo;
    }

    public List<Unit> otherUnits() {
        return otherUnits;
    }

    /** Rows in a table, to assert that a refused request stored nothing. */
    public long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return components().db().read(c -> com.handover.server.store.jdbc.Sql.count(c, "SELECT COUNT(*) FROM " + table));
    }

    @Override
    public void close() {
        server.stop();
        if (ownsDataDir) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
