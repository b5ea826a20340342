package com.handover.server.office.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.office.RegisteredPages;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.store.jdbc.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every console page, found by walking the console's links as the office, the admin, the supervisor (监理) and the
 * project department (项目部), and checked against every page route registered in the console, in Chinese and in
 * English, at a phone's width (390 px), a tablet's (820 px) and a desktop's (1440 px): nothing scrolls
 * sideways, no heading takes more than two lines, no placeholder is cut off and every checkbox or radio
 * button sits on its label's line. A screenshot of each page at each width goes to
 * {@code target/screenshots/<width>/<user>-<language>-<page>.png}.
 */
class ConsoleLayoutBrowserTest {

    static final List<Integer> WIDTHS = List.of(390, 820, 1440);
    /** The console's accounts: the office and the admin see it all; the supervisor and 项目部 their 签认 page. */
    static final List<String> USERS = List.of("office", "admin", "supervisor", "projectdept");
    /** The tallest part of a page kept in its screenshot. */
    static final int SHOT_HEIGHT = 6000;

    private static ConsoleServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Browser.available()) {
            if (ci) {
                throw new IllegalStateException("Chromium and chromedriver must be installed in CI");
            }
            Assumptions.abort("Chromium/chromedriver not installed: browser tests skipped outside CI");
        }
        server = ConsoleServer.start();
        browser = new Browser(server.baseUrl());
        // A template draft, opened as the office opens one, so that its pages are there to look at.
        ConsoleHttp admin = ConsoleHttp.signIn(server.baseUrl(), "admin", ConsoleServer.PASSWORD);
        assertEquals(303, admin.post("/office/repair/templates/FINISHED/draft/new", Map.of(), true).statusCode());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theProbesSeeAPageThatScrollsSidewaysAndAHeadingOfThreeLines() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().window().setSize(new Dimension(390, 900));
        browser.open("/office/login");
        assertEquals(null, js(OVERFLOW));
        assertEquals(null, js(TALL_HEADINGS));
        assertEquals(null, js(CLIPPED_PLACEHOLDERS));
        assertEquals(null, js(CHOICES_OFF_THEIR_LABEL));
        js("const d = document.createElement('div'); d.style.width = '420px'; d.style.height = '5px';"
                + " document.body.appendChild(d);"
                + " const h = document.createElement('h2'); h.style.width = '3em'; h.textContent = '一二三四五六七八九';"
                + " document.body.appendChild(h);"
                + " const i = document.createElement('input'); i.style.width = '6em';"
                + " i.placeholder = 'A placeholder far too long for its box'; document.body.appendChild(i);"
                + " const l = document.createElement('label'); l.innerHTML = '<input type=checkbox> 仅重大投诉';"
                + " document.body.appendChild(l);");
        assertTrue(String.valueOf(js(OVERFLOW)).contains("> 390"), String.valueOf(js(OVERFLOW)));
        assertTrue(String.valueOf(js(TALL_HEADINGS)).contains("一二三"), String.valueOf(js(TALL_HEADINGS)));
        assertTrue(String.valueOf(js(CLIPPED_PLACEHOLDERS)).contains("far too long"), String.valueOf(js(CLIPPED_PLACEHOLDERS)));
        assertTrue(String.valueOf(js(CHOICES_OFF_THEIR_LABEL)).contains("仅重大投诉"),
                String.valueOf(js(CHOICES_OFF_THEIR_LABEL)));
    }

    @Test
    void everyPageFitsEveryWidthForEveryAccountInBothLanguages() {
        List<String> problems = new ArrayList<>();
        List<ConsolePages.Page> walked = new ArrayList<>();
        int looked = 0;
        for (String user : USERS) {
            List<ConsolePages.Page> pages = pagesOf(user);
            assertTrue(pages.size() >= (user.equals("office") || user.equals("admin") ? 15 : 1),
                    user + " reaches the console's pages: " + pages);
            walked.addAll(pages);
            for (String lang : List.of("zh", "en")) {
                browser.driver().manage().deleteAllCookies();
                browser.signIn(user, ConsoleServer.PASSWORD);
                browser.open("/office/lang?to=" + lang + "&back=/office/");
                for (ConsolePages.Page page : pages) {
                    looked += lookAt(page, user + "-" + lang, problems);
                }
            }
        }
        browser.driver().manage().deleteAllCookies();
        for (ConsolePages.Page page : publicPages()) {
            looked += lookAt(page, "public-zh", problems);
        }
        assertTrue(looked > 100, "pages looked at: " + looked);
        assertEquals(List.of(), unwalked(server, walked), "registered pages no account reached");
        assertEquals(List.of(), problems);
    }

    /** The page routes registered in the console that none of {@code walked} is a page of. */
    static List<String> unwalked(ConsoleServer server, List<ConsolePages.Page> walked) {
        List<String> routes = RegisteredPages.paths(server.components());
        assertTrue(routes.size() >= 25, "the console registers its pages: " + routes);
        return routes.stream().filter(r -> walked.stream().noneMatch(p -> RegisteredPages.matches(r, p.path())))
                .toList();
    }

    /** The console as {@code user} reaches it, walked over HTTP from the dashboard and the intake of one unit. */
    static List<ConsolePages.Page> pagesOf(String user) {
        return pagesOf(server, user);
    }

    static List<ConsolePages.Page> pagesOf(ConsoleServer server, String user) {
        ConsoleHttp http = ConsoleHttp.signIn(server.baseUrl(), user, ConsoleServer.PASSWORD);
        String unit = server.components().db().read(c -> Sql.queryOne(c,
                "SELECT unit_id FROM inspections WHERE status = 'SIGNED' ORDER BY id LIMIT 1", rs -> rs.getString(1))
                .orElseThrow());
        // A unit with a handover defect that can still be sent for 整改, so that its 发送整改 page is linked.
        String rectifiable = server.components().db().read(c -> Sql.queryOne(c, "SELECT d.unit_id FROM defects d"
                + " WHERE d.status IN ('OPEN', 'REOPENED') AND NOT EXISTS (SELECT 1 FROM work_orders w"
                + " WHERE w.defect_id = d.id AND w.status IN ('CREATED', 'ASSIGNED', 'ARRIVED', 'SELF_REPAIR'))"
                + " ORDER BY d.id LIMIT 1", rs -> rs.getString(1)).orElseThrow());
        List<String> seeds = List.of("/office/", "/office/repair/intake?unit=" + unit, "/office/units/" + rectifiable,
                "/office/repair/confirmations", "/office/no-such-page");
        return ConsolePages.walk(seeds, path -> {
            HttpResponse<String> r = http.get(path);
            boolean html = r.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
            return html && (r.statusCode() == 200 || r.statusCode() == 404) ? r.body() : null;
        });
    }

    /** The pages an owner or a signed-out user sees: sign-in, the public check of a record, an unknown code. */
    static List<ConsolePages.Page> publicPages() {
        return publicPages(server);
    }

    static List<ConsolePages.Page> publicPages(ConsoleServer server) {
        String code = server.components().db().read(c -> Sql.queryOne(c, "SELECT code FROM verification_links"
                + " ORDER BY code LIMIT 1", rs -> rs.getString(1))).orElseGet(() -> {
                    ConsoleHttp http = ConsoleHttp.signIn(server.baseUrl(), "office", ConsoleServer.PASSWORD);
                    String id = server.components().db().read(c -> Sql.queryOne(c, "SELECT id FROM inspections"
                            + " WHERE status = 'SIGNED' ORDER BY id LIMIT 1", rs -> rs.getString(1)).orElseThrow());
                    http.get("/office/inspections/" + id + "/report");
                    return server.components().db().read(c -> Sql.queryOne(c, "SELECT code FROM verification_links"
                            + " ORDER BY code LIMIT 1", rs -> rs.getString(1)).orElseThrow());
                });
        return List.of(new ConsolePages.Page("/office/login", "login"),
                new ConsolePages.Page("/v/" + code, "public-verification"),
                new ConsolePages.Page("/v/NOSUCHCODE", "public-unknown-code"));
    }

    /** Opens a page once and checks it at each width; returns the number of widths looked at. */
    private static int lookAt(ConsolePages.Page page, String who, List<String> problems) {
        browser.driver().manage().window().setSize(new Dimension(WIDTHS.get(WIDTHS.size() - 1), 900));
        browser.open(page.path());
        browser.waiting().until(d -> "complete".equals(js("return document.readyState")));
        for (int width : WIDTHS) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            browser.waiting().until(d -> ((Number) js("return window.innerWidth")).intValue() == width);
            String where = who + " " + page.path() + " at " + width + " px";
            Object overflow = js(OVERFLOW);
            if (overflow != null) {
                problems.add(where + " scrolls sideways: " + overflow);
            }
            Object tall = js(TALL_HEADINGS);
            if (tall != null) {
                problems.add(where + " has headings over two lines: " + tall);
            }
            Object clipped = js(CLIPPED_PLACEHOLDERS);
            if (clipped != null) {
                problems.add(where + " cuts off placeholders: " + clipped);
            }
            Object offLabel = js(CHOICES_OFF_THEIR_LABEL);
            if (offLabel != null) {
                problems.add(where + " puts checkboxes or radio buttons off their label's line: " + offLabel);
            }
            shoot(width, who + "-" + page.kind());
        }
        return WIDTHS.size();
    }

    /** Null when the page is no wider than the window; else the width and the elements that stick out. */
    private static final String OVERFLOW = """
            const doc = document.documentElement;
            if (doc.scrollWidth <= Math.min(window.innerWidth, doc.clientWidth)) { return null; }
            const out = [...document.body.querySelectorAll('*')]
              .filter(e => e.getBoundingClientRect().right > doc.clientWidth + 1)
              .slice(-4).map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined
                ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : ''));
            return doc.scrollWidth + ' > ' + window.innerWidth + ' ' + out.join(' ');""";

    /** Null when every visible heading takes at most two lines; else the ones that take more. */
    private static final String TALL_HEADINGS = """
            const tall = [...document.querySelectorAll('h1, h2, h3')].filter(h => {
              const r = h.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) { return false; }
              const style = getComputedStyle(h);
              const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
              return r.height > 2 * line + 2;
            }).map(h => '"' + h.textContent.trim().slice(0, 40) + '"');
            return tall.length ? tall.join(', ') : null;""";

    /** Null when every visible placeholder fits its box; else the ones cut off. */
    private static final String CLIPPED_PLACEHOLDERS = """
            const ruler = document.createElement('canvas').getContext('2d');
            const clipped = [...document.querySelectorAll('input[placeholder], textarea[placeholder]')].filter(i => {
              if (!i.placeholder || i.getBoundingClientRect().width === 0) { return false; }
              const s = getComputedStyle(i);
              ruler.font = s.fontStyle + ' ' + s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;
              const room = i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
              return ruler.measureText(i.placeholder).width > room + 1;
            }).map(i => '"' + i.placeholder + '"');
            return clipped.length ? clipped.join(', ') : null;""";

    /** Null when every visible checkbox and radio button has its label's text beside it; else those labels. */
    private static final String CHOICES_OFF_THEIR_LABEL = """
            const off = [...document.querySelectorAll('label input[type=checkbox], label input[type=radio]')].filter(i => {
              const box = i.getBoundingClientRect();
              if (box.width === 0) { return false; }
              const label = i.closest('label');
              const texts = document.createTreeWalker(label, NodeFilter.SHOW_TEXT,
                  { acceptNode: t => t.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP });
              const first = texts.nextNode();
              if (!first) { return false; }
              const range = document.createRange();
              range.selectNodeContents(first);
              const line = range.getClientRects()[0];
              return line && (line.top >= box.bottom - 2 || line.bottom <= box.top + 2);
            }).map(i => '"' + i.closest('label').textContent.trim().slice(0, 40) + '"');
            return off.length ? off.join(', ') : null;""";

    private static Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    /** The whole page (up to {@link #SHOT_HEIGHT}) at this width, as {@code screenshots/<width>/<name>.png}. */
    private static void shoot(int width, String name) {
        long height = Math.min(SHOT_HEIGHT, ((Number) js("return document.documentElement.scrollHeight")).longValue());
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Path dir = Path.of(System.getProperty("handover.screenshots", "target/screenshots")).resolve(String.valueOf(width));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
