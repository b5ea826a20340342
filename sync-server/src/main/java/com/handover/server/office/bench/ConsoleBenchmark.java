package com.handover.server.office.bench;

import com.handover.model.DeliveryStandard;
import com.handover.model.Role;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.server.Components;
import com.handover.server.HandoverServer;
import com.handover.server.auth.User;
import com.handover.server.clock.Clocks;
import com.handover.server.config.Limits;
import com.handover.server.config.ServerConfig;
import com.handover.server.office.OfficeConsole;
import com.handover.server.office.demo.DemoHistory;
import com.handover.server.reference.PublishedTemplateCatalog;
import com.handover.server.store.jdbc.Sql;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times every console page on the 1,000-unit data set: a project of 5 buildings x 25 floors x 8 units whose
 * history (inspections, defects, photos, work orders, complaints) is written through the real push path,
 * then each page is fetched over HTTP on loopback, signed in, {@code ROUNDS} times after a warm-up.
 *
 * <pre>java -cp sync-server/target/handover-server.jar com.handover.server.office.bench.ConsoleBenchmark [dataDir]</pre>
 */
public final class ConsoleBenchmark {

    static final int BUILDINGS = 5;
    static final int FLOORS = 25;
    static final int UNITS_PER_FLOOR = 8;
    static final int ROUNDS = 20;
    static final long BUDGET_MS = 300;
    private static final String PASSWORD = "Bench-Console-1";

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("console-bench");
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dir, null, "bench", false, Limits.defaults());
        try (HandoverServer server = HandoverServer.builder(config)
                .routes(Clocks::new).routes(OfficeConsole::new).start()) {
            Components c = server.components();
            UUID project = seed(c);
            long t0 = System.nanoTime();
            DemoHistory.Summary history = DemoHistory.generate(c, project,
                    new DemoHistory.Settings(7L, 0.7, 0.08, 60),
                    Map.of("bench-inspector", PASSWORD, "bench-maintenance", PASSWORD, "bench-office", PASSWORD),
                    "bench-inspector", "bench-maintenance", "bench-office");
            System.out.printf("data set: %d units, %s (written in %.1f s)%n", BUILDINGS * FLOORS * UNITS_PER_FLOOR,
                    history, (System.nanoTime() - t0) / 1e9);
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            signIn(http, base);
            Map<String, String> pages = pages(c, http, base, project);
            System.out.printf("%-34s %8s %8s %8s %8s%n", "page (" + ROUNDS + " rounds)", "median", "p95", "max", "bytes");
            boolean allWithin = true;
            for (var e : pages.entrySet()) {
                long[] ms = new long[ROUNDS];
                int bytes = 0;
                get(http, base + e.getValue());
                for (int i = 0; i < ROUNDS; i++) {
                    long s = System.nanoTime();
                    HttpResponse<byte[]> r = get(http, base + e.getValue());
                    ms[i] = (System.nanoTime() - s) / 1_000_000;
                    bytes = r.body().length;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(e.getValue() + " answered " + r.statusCode());
                    }
                }
                Arrays.sort(ms);
                long p95 = ms[(int) Math.ceil(ROUNDS * 0.95) - 1];
                allWithin &= p95 < BUDGET_MS;
                System.out.printf("%-34s %6d ms %6d ms %6d ms %8d%n", e.getKey(), ms[ROUNDS / 2], p95, ms[ROUNDS - 1], bytes);
            }
            System.out.println(allWithin ? "every page under " + BUDGET_MS + " ms at p95" : "SOME PAGES OVER " + BUDGET_MS + " ms");
        }
    }

    private static UUID seed(Components c) {
        UUID projectId = UUID.nameUUIDFromBytes("bench-project".getBytes(StandardCharsets.UTF_8));
        String hash = c.passwords().hash(PASSWORD);
        c.db().write(conn -> {
            if (c.sites().projectExists(conn, projectId)) {
                return null;
            }
            c.sites().insertProject(conn, new Project(projectId, "BENCH", "江湾壹号", "北京", LocalDate.now().minusMonths(4), 50));
            UnitType type = new UnitType(id("type"), projectId, "A", "A户型", List.of("LIVING", "BEDROOM-1", "BEDROOM-2",
                    "KITCHEN", "BATHROOM-1", "BALCONY-1"), null);
            c.sites().insertUnitType(conn, type);
            List<Unit> units = new ArrayList<>();
            for (int b = 1; b <= BUILDINGS; b++) {
                Building building = new Building(id("b" + b), projectId, b + "号楼", FLOORS);
                c.sites().insertBuilding(conn, building);
                for (int f = 1; f <= FLOORS; f++) {
                    for (int u = 1; u <= UNITS_PER_FLOOR; u++) {
                        String number = String.format("%d-%d%02d", b, f, u);
                        units.add(new Unit(id("u" + number), projectId, building.id(), number, f,
                                b % 2 == 0 ? DeliveryStandard.BARE_SHELL : DeliveryStandard.FINISHED, type.id(),
                                "业主" + number, "1390000" + String.format("%04d", units.size())));
                    }
                }
            }
            c.sites().insertUnits(conn, units);
            for (String trade : List.of("CIVIL", "PLUMBING", "ELECTRICAL", "WINDOWS_DOORS", "DECORATION")) {
                c.sites().insertContractor(conn, new Contractor(id("k" + trade), trade + " 工程有限公司", List.of(trade),
                        "010-0000000", "负责人", 10_000_000L));
            }
            for (User u : List.of(new User("bench-inspector", "验房员", Role.INSPECTOR),
                    new User("bench-maintenance", "维修员", Role.MAINTENANCE), new User("bench-office", "客服", Role.OFFICE),
                    new User("bench-admin", "管理员", Role.ADMIN))) {
                c.accounts().saveUser(conn, u, hash, c.clock().millis());
            }
            c.sites().assignProject(conn, "bench-inspector", projectId);
            return null;
        });
        return projectId;
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("bench:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static void signIn(HttpClient http, String base) throws Exception {
        String form = get(http, base + "/office/login").body().length > 0
                ? new String(get(http, base + "/office/login").body(), StandardCharsets.UTF_8) : "";
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        String body = "_csrf=" + m.group(1) + "&username=bench-admin&password=" + URLEncoder.encode(PASSWORD,
                StandardCharsets.UTF_8) + "&next=/office/";
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/office/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 303) {
            throw new IllegalStateException("sign-in answered " + r.statusCode());
        }
    }

    private static Map<String, String> pages(Components c, HttpClient http, String base, UUID project) throws Exception {
        record Ids(String building, String unit, String inspection) {
        }
        Ids ids = c.db().read(conn -> {
            String inspection = Sql.queryOne(conn, "SELECT id FROM inspections WHERE status = 'SIGNED'"
                    + " AND decision = 'ACCEPT_WITH_DEFECTS' ORDER BY id LIMIT 1", rs -> rs.getString(1)).orElseThrow();
            String unit = Sql.queryOne(conn, "SELECT unit_id FROM inspections WHERE id = ?", rs -> rs.getString(1),
                    inspection).orElseThrow();
            String building = Sql.queryOne(conn, "SELECT building_id FROM units WHERE id = ?", rs -> rs.getString(1), unit)
                    .orElseThrow();
            return new Ids(building, unit, inspection);
        });
        get(http, base + "/office/inspections/" + ids.inspection() + "/report");
        String code = c.db().read(conn -> Sql.queryOne(conn, "SELECT code FROM verification_links WHERE inspection_id = ?",
                rs -> rs.getString(1), ids.inspection()).orElseThrow());
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "/office/");
        pages.put("projects", "/office/projects");
        pages.put("project", "/office/projects/" + project);
        pages.put("building grid (200 units)", "/office/buildings/" + ids.building());
        pages.put("unit", "/office/units/" + ids.unit());
        pages.put("inspection", "/office/inspections/" + ids.inspection());
        pages.put("report (HTML)", "/office/inspections/" + ids.inspection() + "/report");
        pages.put("report (PDF)", "/office/inspections/" + ids.inspection() + "/report.pdf");
        pages.put("public verification", "/v/" + code);
        pages.put("sync review", "/office/sync");
        pages.put("admin", "/office/admin");
        return pages;
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
