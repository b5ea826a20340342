package com.handover.server.office.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.office.browser.ConsoleServer;
import com.handover.server.store.jdbc.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Signs in to the console as each role (office and admin; inspector and maintenance, whom the console refuses,
 * and nobody), follows every link and form target on the pages it reaches, with the ids on the pages and with
 * generated ones (random UUIDs, garbage, huge numbers, text where a number belongs), and posts every form empty
 * and with garbage. No answer is ever a 5xx.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleCrawlerTest {

    /** At most this many concrete URLs per path shape (ids replaced), so the demo's many units do not dominate. */
    static final int PER_SHAPE = 3;
    static final long SEED = 20261204L;
    static final List<String> GENERATED = List.of(UUID.randomUUID().toString(), "garbage", "99999999999999999999",
            "-1", "0", "%E4%B8%AD", "a".repeat(300), "..%2F..%2Fetc", "1.5", "%27%20OR%201%3D1");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            + "|[0-9a-f]{64}|\\d+|[A-Z][A-Z0-9_-]+");

    static ConsoleServer console;

    @BeforeAll
    static void start() {
        console = ConsoleServer.start();
        String hash = console.components().passwords().hash(ConsoleServer.PASSWORD);
        console.components().db().write(conn -> {
            console.components().accounts().updatePasswordHash(conn, "maintenance", hash);
            return null;
        });
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    @Test
    @Order(2)
    void officeNeverSeesA5xx() {
        crawl("office", true);
    }

    @Test
    @Order(2)
    void aUnitTypeWithoutAFloorPlanAnswers404() {
        // The demo's unit types carry plans; one freshly imported has none until someone uploads it.
        String type = console.components().db().read(c -> Sql.query(c,
                "SELECT id FROM unit_types ORDER BY code LIMIT 1", rs -> rs.getString(1))).get(0);
        String plan = console.components().db().read(c -> Sql.query(c,
                "SELECT floor_plan_sha256 FROM unit_types WHERE id = ?", rs -> rs.getString(1), type)).get(0);
        Crawl office = new Crawl("office");
        assertTrue(office.signIn());
        assertEquals(200, office.get("/office/repair/unit-types/" + type + "/floor-plan").statusCode(), type);
        setPlan(type, null);
        try {
            assertEquals(404, office.get("/office/repair/unit-types/" + type + "/floor-plan").statusCode(), type);
        } finally {
            setPlan(type, plan);
        }
    }

    private static void setPlan(String unitType, String sha256) {
        console.components().db().write(c -> Sql.update(c, "UPDATE unit_types SET floor_plan_sha256 = ? WHERE id = ?",
                sha256, unitType));
    }

    /** Last: its garbage posts may disable accounts or reset passwords of the others. */
    @Test
    @Order(3)
    void adminNeverSeesA5xx() {
        crawl("admin", true);
    }

    @Test
    @Order(1)
    void confirmingPartiesReachOnlyTheirPageAndNeverSeeA5xx() {
        crawl("supervisor", true);
        crawl("projectdept", true);
    }

    @Test
    @Order(1)
    void deviceRolesAreRefusedAndNeverSeeA5xx() {
        crawl("inspector", false);
        crawl("maintenance", false);
        crawl(null, false);
    }

    private void crawl(String username, boolean mayUseConsole) {
        Crawl crawl = new Crawl(username);
        if (username != null) {
            assertEquals(mayUseConsole, crawl.signIn(), username + " signing in");
        }
        crawl.run();
        assertTrue(crawl.failures.isEmpty(), (username == null ? "nobody" : username) + " saw:\n"
                + String.join("\n", crawl.failures));
        if (mayUseConsole && !username.equals("supervisor") && !username.equals("projectdept")) {
            assertTrue(crawl.visited.size() > 40, "only " + crawl.visited.size() + " URLs: " + crawl.visited);
        }
    }

    /** One user's crawl: a cookie jar, what was seen, what failed. */
    private static final class Crawl {
        final String username;
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        final Set<String> visited = new LinkedHashSet<>();
        final Map<String, Integer> perShape = new HashMap<>();
        final List<PageLinks.Form> forms = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final Random random = new Random(SEED);
        final Set<String> existingIds = new LinkedHashSet<>();
        String csrf = "";

        Crawl(String username) {
            this.username = username;
        }

        boolean signIn() {
            get("/office/login");
            String token = cookies.getCookieStore().getCookies().stream()
                    .filter(k -> k.getName().equals("office_login_csrf")).map(HttpCookie::getValue).findFirst()
                    .orElseThrow();
            HttpResponse<String> r = post("/office/login", Map.of("username", username, "password",
                    ConsoleServer.PASSWORD, "_csrf", token, "next", "/office/"));
            return r.statusCode() == 303;
        }

        void run() {
            Deque<String> queue = new ArrayDeque<>(List.of("/office/", "/office/admin", "/office/repair/intake"));
            while (!queue.isEmpty() && visited.size() < 1500) {
                String url = queue.poll();
                if (!visited.add(url)) {
                    continue;
                }
                HttpResponse<String> r = get(url);
                String type = r.headers().firstValue("Content-Type").orElse("");
                if (r.statusCode() == 200 && type.startsWith("text/html")) {
                    Matcher m = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(r.body());
                    if (m.find()) {
                        csrf = m.group(1);
                    }
                    follow(r.body(), url, queue);
                }
            }
            List<PageLinks.Form> seen = List.copyOf(forms);
            for (PageLinks.Form form : seen) {
                submit(form);
            }
        }

        private void follow(String html, String pageUrl, Deque<String> queue) {
            List<String> targets = new ArrayList<>(PageLinks.links(html));
            for (PageLinks.Form form : PageLinks.forms(html, pathOf(pageUrl))) {
                if (form.method().equals("GET")) {
                    targets.add(form.action() + "?" + encode(form.fields()));
                } else if (!form.action().contains("logout")) {
                    targets.add(form.action());
                    if (forms.stream().noneMatch(f -> shape(f.action()).equals(shape(form.action())))) {
                        forms.add(form);
                    }
                }
            }
            for (String target : targets) {
                Matcher ids = UUID_TEXT.matcher(target);
                while (ids.find()) {
                    existingIds.add(ids.group());
                }
            }
            for (String target : targets) {
                String path = local(target);
                if (path == null || perShape.merge(shape(path), 1, Integer::sum) > PER_SHAPE) {
                    continue;
                }
                queue.add(path);
                if (perShape.get(shape(path)) == 1) {
                    queue.addAll(variants(path));
                }
            }
        }

        /**
         * The same URL with each id-like path segment or query value replaced by generated ones and by ids seen
         * elsewhere in the console (an existing record of another kind, or one without the part asked for).
         */
        private List<String> variants(String url) {
            List<String> out = new ArrayList<>();
            String path = pathOf(url);
            String query = url.length() > path.length() ? url.substring(path.length() + 1) : "";
            String[] segments = path.split("/");
            for (int i = 0; i < segments.length; i++) {
                if (ID.matcher(segments[i]).matches()) {
                    String[] copy = segments.clone();
                    List<String> candidates = new ArrayList<>(GENERATED);
                    candidates.addAll(existingIds);
                    for (String candidate : candidates) {
                        copy[i] = candidate;
                        out.add(String.join("/", copy) + (query.isEmpty() ? "" : "?" + query));
                    }
                }
            }
            if (!query.isEmpty()) {
                for (String generated : GENERATED) {
                    out.add(path + "?" + query.replaceAll("=[^&]*", "=" + generated));
                }
            }
            return out;
        }

        private void submit(PageLinks.Form form) {
            Map<String, String> empty = new HashMap<>();
            form.fields().keySet().forEach(k -> empty.put(k, ""));
            Map<String, String> garbage = new HashMap<>();
            form.fields().keySet().forEach(k -> garbage.put(k, GENERATED.get(random.nextInt(GENERATED.size()))));
            for (Map<String, String> fields : List.of(empty, garbage)) {
                fields.put("_csrf", csrf);
                post(form.action(), fields);
                for (String variant : variants(form.action())) {
                    post(variant, fields);
                }
            }
        }

        private static String pathOf(String url) {
            int q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q);
        }

        /** A local console or API path, or null for anything else (other hosts, fragments, static files). */
        private static String local(String target) {
            String t = target.replaceFirst("#.*$", "");
            if (t.isEmpty() || t.startsWith("//") || t.startsWith("http") || t.startsWith("javascript:")
                    || t.startsWith("mailto:") || t.startsWith("/office/static/") || t.contains("logout")) {
                return null;
            }
            return t.startsWith("/") ? t : null;
        }

        private static String shape(String url) {
            return pathOf(url).replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}|[0-9a-f]{64}|\\d+", "#");
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET().build(), "GET " + path);
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(), "POST " + path);
        }

        private URI uri(String path) {
            return URI.create(console.baseUrl() + path.replace(" ", "%20").replace("|", "%7C"));
        }

        private HttpResponse<String> send(HttpRequest request, String what) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() >= 500) {
                    failures.add(r.statusCode() + " for " + what);
                }
                return r;
            } catch (IOException e) {
                throw new UncheckedIOException(what, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(Map<String, String> fields) {
            return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
    }
}
