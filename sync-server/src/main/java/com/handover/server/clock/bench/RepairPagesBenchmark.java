package com.handover.server.clock.bench;

import com.handover.server.Components;
import com.handover.server.HandoverServer;
import com.handover.server.auth.User;
import com.handover.server.clock.ClockJob;
import com.handover.server.clock.ClockServices;
import com.handover.server.config.ClockSettings;
import com.handover.server.clock.Clocks;
import com.handover.server.config.Limits;
import com.handover.server.config.ServerConfig;
import com.handover.server.office.OfficeConsole;
import com.handover.server.reference.PublishedTemplateCatalog;
import com.handover.server.store.jdbc.Sql;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Times console B's pages and the clock job on the 1,000-unit data set ({@link BenchmarkData}), over real HTTP
 * on loopback against an embedded SQLite server: each page is fetched {@code ROUNDS} times after a warm-up and
 * the median, 95th percentile and maximum are printed. Run:
 * {@code java -cp sync-server/target/handover-server.jar com.handover.server.clock.bench.RepairPagesBenchmark}
 * (or with the test classpath from an IDE). The data folder is temporary and removed afterwards.
 */
public final class RepairPagesBenchmark {

    static final int WARM_UP = 5;
    static final int ROUNDS = 30;
    /** The budget every console page is held to. */
    static final long BUDGET_MS = 300;

    private RepairPagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("handover-bench");
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dir, null, "server-1", false, Limits.defaults());
        Clocks[] clocks = new Clocks[1];
        HandoverServer server = HandoverServer.builder(config)
                .routes(OfficeConsole::new)
                .routes(c -> clocks[0] = new Clocks(c, false))
                .start();
        try {
            Components c = server.components();
            String password = "Bench-Password-1";
            String hash = c.passwords().hash(password);
            c.db().write(conn -> {
                c.accounts().saveUser(conn, BenchmarkData.office(), hash, c.clock().millis());
                c.accounts().saveUser(conn, BenchmarkData.inspector(), hash, c.clock().millis());
                return null;
            });
            BenchmarkData data = new BenchmarkData(LocalDate.now().minusMonths(4));
            loadAndRunTheClock(c, clocks[0].services(), data);
            String base = "http://127.0.0.1:" + server.port();
            timePages(signIn(base, password), base, pages(c, data));
        } finally {
            server.stop();
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Writes the data set through the push path, runs the clock job twice and prints how long each took. */
    private static void loadAndRunTheClock(Components c, ClockServices services, BenchmarkData data) {
        long t0 = System.nanoTime();
        int ops = data.load(c, services.writer(), BenchmarkData.inspector(), BenchmarkData.office());
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        ClockJob.Run run = services.job().run();
        long jobMs = (System.nanoTime() - t1) / 1_000_000;
        long t2 = System.nanoTime();
        ClockJob.Run again = services.job().run();
        long jobAgainMs = (System.nanoTime() - t2) / 1_000_000;
        System.out.printf("data: %d units, %d operations written through the push path in %d ms%n",
                data.units.size(), ops, loadMs);
        System.out.printf("tables: %s%n", counts(c));
        System.out.printf("clock job: first run %d ms (%s); next run %d ms (%s)%n", jobMs, run, jobAgainMs, again);
    }

    /** The pages timed, by name. */
    private static Map<String, String> pages(Components c, BenchmarkData data) {
        UUID someOrder = c.db().read(conn -> Sql.queryOne(conn, "SELECT id FROM work_orders ORDER BY id LIMIT 1",
                rs -> UUID.fromString(rs.getString(1)))).orElseThrow();
        UUID someComplaint = c.db().read(conn -> Sql.queryOne(conn, "SELECT id FROM complaints ORDER BY id LIMIT 1",
                rs -> UUID.fromString(rs.getString(1)))).orElseThrow();
        UUID building = data.units.get(0).buildingId();
        UUID unit = data.units.get(0).id();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("intake", "/office/repair/intake");
        pages.put("intake: unit search", "/office/repair/intake?building=" + building + "&number=12");
        pages.put("intake: unit form", "/office/repair/intake?unit=" + unit);
        pages.put("intake: warranty answer", "/office/repair/intake/warranty?unit=" + unit + "&warrantyCategory=PIPE_LEAK");
        pages.put("complaint", "/office/repair/complaints/" + someComplaint);
        pages.put("work orders: open", "/office/repair/work-orders");
        pages.put("work orders: all", "/office/repair/work-orders?view=ALL");
        pages.put("work orders: overdue", "/office/repair/work-orders?view=OVERDUE");
        pages.put("work order", "/office/repair/work-orders/" + someOrder);
        pages.put("contractors", "/office/repair/contractors");
        pages.put("settlement.csv", "/office/repair/contractors/settlement.csv");
        pages.put("settlement.xlsx", "/office/repair/contractors/settlement.xlsx");
        pages.put("common defects", "/office/repair/common-defects");
        pages.put("templates", "/office/repair/templates");
        pages.put("template v1.csv", "/office/repair/templates/FINISHED/v1.csv");
        return pages;
    }

    private static void timePages(HttpClient http, String base, Map<String, String> pages) throws Exception {
        System.out.printf("%-28s %8s %8s %8s %10s%n", "page", "median", "p95", "max", "bytes");
        boolean allWithin = true;
        for (var e : pages.entrySet()) {
            long[] ms = time(http, base + e.getValue());
            int bytes = fetch(http, base + e.getValue()).body().length;
            allWithin &= ms[1] < BUDGET_MS;
            System.out.printf("%-28s %6d ms %6d ms %6d ms %10d%n", e.getKey(), ms[0], ms[1], ms[2], bytes);
        }
        System.out.println(allWithin ? "every page within " + BUDGET_MS + " ms at the 95th percentile"
                : "SOME PAGES EXCEED " + BUDGET_MS + " ms");
    }

    private static String counts(Components c) {
        return c.db().read(conn -> {
            List<String> out = new ArrayList<>();
            for (String t : List.of("operations", "inspections", "defects", "work_orders", "complaints", "unit_warranty",
                    "sla_flags")) {
                out.add(t + "=" + Sql.count(conn, "SELECT COUNT(*) FROM " + t));
            }
            return String.join(", ", out);
        });
    }

    /** median, p95, max in ms. */
    private static long[] time(HttpClient http, String url) throws IOException, InterruptedException {
        for (int i = 0; i < WARM_UP; i++) {
            fetch(http, url);
        }
        long[] ms = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            fetch(http, url);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        return new long[] {ms[ROUNDS / 2], ms[(int) Math.ceil(ROUNDS * 0.95) - 1], ms[ROUNDS - 1]};
    }

    private static HttpResponse<byte[]> fetch(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r;
    }

    private static HttpClient signIn(String base, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
        fetch(http, base + "/office/login");
        String csrf = cookies.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("office_login_csrf"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no sign-in token"));
        String form = "username=office&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&next=%2Foffice%2F";
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/office/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 303) {
            throw new IllegalStateException("sign-in answered " + r.statusCode());
        }
        return http;
    }
}
