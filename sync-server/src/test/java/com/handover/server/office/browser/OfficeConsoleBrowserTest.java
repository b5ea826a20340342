package com.handover.server.office.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.DefectStatus;
import com.handover.model.sla.RepairSla;
import com.handover.server.office.web.StatusChips;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.sync.ServerOperations;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestOps;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The office console in headless Chromium against a real server on loopback holding the demo and its history:
 * sign-in, drill-down, a signed inspection's verification (and a tampered one), the report printed and as PDF,
 * the public verification page, CSRF, escaping, sync review, admin, language. Screenshots of every page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficeConsoleBrowserTest {

    private static ConsoleServer server;
    private static Browser browser;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        Browser.requireOrSkip();
        server = ConsoleServer.start();
        browser = new Browser(server.baseUrl());
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

    private static <T> T db(Sql.RowMapper<T> mapper, String sql, Object... params) {
        return server.components().db().read(c -> Sql.queryOne(c, sql, mapper, params).orElseThrow());
    }

    private static String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private static String sessionCookie() {
        if (!browser.driver().getCurrentUrl().contains("/office/")) {
            browser.open("/office/");
        }
        Cookie c = browser.driver().manage().getCookieNamed("office_session");
        assertNotNull(c, "signed in");
        return c.getValue();
    }

    /** A signed handover inspection with at least one defect (from the demo history). */
    private static UUID signedInspectionWithDefects() {
        return db(rs -> UUID.fromString(rs.getString(1)), "SELECT id FROM inspections WHERE status = 'SIGNED'"
                + " AND decision = 'ACCEPT_WITH_DEFECTS' ORDER BY id LIMIT 1");
    }

    @Test
    @Order(1)
    void anOfficeUserSignsInAndSeesTheDashboard() {
        browser.open("/office/");
        assertTrue(browser.driver().getCurrentUrl().contains("/office/login"), "unauthenticated users go to sign-in");
        browser.screenshot("01-sign-in");
        browser.driver().findElement(By.name("username")).sendKeys("office");
        browser.driver().findElement(By.name("password")).sendKeys("wrong password");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        // The refusal is a new page; on a busy machine the click returns before it has loaded.
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".alert-error")).isEmpty());
        assertTrue(text(".alert-error").contains("用户名或密码错误"));
        browser.signIn("office", ConsoleServer.PASSWORD);
        assertEquals("仪表盘", text(".topbar h1"));
        browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-chart] canvas")).isEmpty());
        assertTrue(Integer.parseInt(text(".kpi.ok .value")) > 0, "handed-over units are counted");
        browser.screenshot("02-dashboard");
        try {
            for (int width : new int[] {820, 1440}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.open("/office/");
                assertEquals(List.of(), browser.driver().executeScript(DUE_ORDERS_CRAMPED),
                        "the due-order table at " + width + " px has room for its headers, rooms, contractors and chips");
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
        }
    }

    /**
     * What of the dashboard's due-order table does not fit: a header or a room on more than one line, a contractor
     * on more than two, a chip past the table's edge, or a table that hides part of itself in a scroll area.
     */
    private static final String DUE_ORDERS_CRAMPED = """
            var card = document.getElementById('due-orders');
            var wrap = card.querySelector('.table-wrap');
            var out = [];
            function lines(el) {
              var r = document.createRange(); r.selectNodeContents(el);
              return new Set(Array.from(r.getClientRects()).map(function (x) { return Math.round(x.bottom); })).size;
            }
            card.querySelectorAll('thead th').forEach(function (th) {
              if (lines(th) > 1) out.push('header ' + th.textContent + ' on ' + lines(th) + ' lines');
            });
            card.querySelectorAll('tbody tr').forEach(function (tr) {
              var room = tr.cells[0].querySelector('a');
              if (room && room.getClientRects().length > 1) out.push('room ' + room.textContent + ' wraps');
              if (tr.cells.length > 2 && lines(tr.cells[2]) > 2) {
                out.push('contractor ' + tr.cells[2].textContent + ' on ' + lines(tr.cells[2]) + ' lines');
              }
              tr.querySelectorAll('.chip').forEach(function (chip) {
                if (chip.getBoundingClientRect().right > wrap.getBoundingClientRect().right + 0.5) {
                  out.push('chip ' + chip.textContent + ' cut');
                }
              });
            });
            if (wrap.scrollWidth > wrap.clientWidth + 1) out.push('table scrolls: ' + wrap.scrollWidth + ' > ' + wrap.clientWidth);
            return out;
            """;

    @Test
    @Order(2)
    void drillsDownFromProjectToBuildingToUnit() {
        browser.open("/office/projects");
        browser.driver().findElement(By.linkText("滨江花园")).click();
        browser.screenshot("03-project");
        browser.driver().findElement(By.linkText("1号楼")).click();
        List<WebElement> cells = browser.driver().findElements(By.cssSelector(".unit-cell"));
        assertEquals(72, cells.size(), "18 floors of 4 units");
        assertFalse(browser.driver().findElements(By.cssSelector(".unit-cell.st-signed")).isEmpty());
        assertFalse(browser.driver().findElements(By.cssSelector(".unit-cell.st-none")).isEmpty());
        browser.screenshot("04-building-grid");
        browser.driver().findElement(By.cssSelector(".unit-cell.st-defects")).click();
        assertTrue(text(".topbar h1").startsWith("房屋 1号楼"));
        assertFalse(browser.driver().findElements(By.cssSelector("ol.timeline li")).isEmpty());
        assertTrue(text("main").contains("业主保修至"), "the warranty per category is shown");
        browser.screenshot("05-unit");
    }

    @Test
    @Order(3)
    void aSignedInspectionVerifiesAsUnchangedAndTamperingShowsAsChanged() {
        UUID id = signedInspectionWithDefects();
        browser.open("/office/inspections/" + id);
        assertEquals("UNCHANGED", browser.driver().findElement(By.id("verify-line")).getAttribute("data-status"));
        assertTrue(text("#started-by").startsWith("张验房 ·"), "the inspector by name, not by account: "
                + text("#started-by"));
        assertEquals(2, browser.driver().findElements(By.cssSelector("svg.signature")).size());
        assertFalse(browser.driver().findElements(By.cssSelector("svg.signature polyline")).isEmpty());
        browser.screenshot("06-inspection");

        // Someone with database access turns a covered PASS into a FAIL after signing.
        String opId = db(rs -> rs.getString(1), "SELECT op_id FROM operations WHERE entity_id = ? AND op_type ="
                + " 'inspection.item_recorded' AND op_json LIKE '%\"PASS\"%' ORDER BY position LIMIT 1", id);
        int changed = server.components().db().write(c -> Sql.update(c,
                "UPDATE operations SET op_json = REPLACE(op_json, '\"PASS\"', '\"FAIL\"') WHERE op_id = ?", opId));
        assertEquals(1, changed);
        try {
            browser.driver().findElement(By.cssSelector("#verify-line button")).click();
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d ->
                    "CHANGED".equals(d.findElement(By.id("verify-line")).getAttribute("data-status")));
            assertTrue(text("#verify-line").contains("签字记录已被改动"));
            browser.open("/office/inspections/" + id);
            assertEquals("CHANGED", browser.driver().findElement(By.id("verify-line")).getAttribute("data-status"));
            browser.screenshot("07-inspection-tampered");
        } finally {
            server.components().db().write(c -> Sql.update(c,
                    "UPDATE operations SET op_json = REPLACE(op_json, '\"FAIL\"', '\"PASS\"') WHERE op_id = ?", opId));
        }
        browser.open("/office/inspections/" + id);
        assertEquals("UNCHANGED", browser.driver().findElement(By.id("verify-line")).getAttribute("data-status"));
    }

    @Test
    @Order(4)
    void theReportPrintsAndDownloadsWithChineseText() throws Exception {
        UUID id = signedInspectionWithDefects();
        browser.open("/office/inspections/" + id + "/report");
        assertEquals("交房验收单", text(".report-sheet h1"));
        assertTrue(text(".report-sheet").contains("张验房") && !text(".report-sheet").contains("inspector"),
                "the report names the inspector");
        assertNotNull(browser.driver().findElement(By.cssSelector(".report-qr svg path")).getAttribute("d"));
        String signers = text("#report-signers");
        assertTrue(signers.contains("签字时间") && signers.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"),
                "each signature with its date and time: " + signers);
        assertTrue(text("#report-representative").contains("建设单位（物业公司）代表"), "the representative's line");
        assertEquals("盖章处", text("#report-seal"));
        String defects = text("#report-defects thead");
        assertTrue(defects.contains("责任单位") && defects.contains("整改期限"), defects);
        browser.screenshot("08-report");

        // What Chromium's print to PDF produces, read back with PDFBox.
        String printed = pdfText(Base64.getDecoder().decode(browser.driver().print(new PrintOptions()).getContent()));
        assertTrue(printed.contains("交房验收单"), "printed report has the Chinese heading");
        assertTrue(printed.contains("业主决定"));
        assertFalse(printed.contains("仪表盘"), "the navigation does not print");

        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/office/inspections/"
                + id + "/report.pdf")).header("Cookie", "office_session=" + sessionCookie()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = pdfText(pdf.body());
        assertTrue(text.contains("交房验收单"), text.substring(0, Math.min(200, text.length())));
        assertTrue(text.contains("滨江花园"));
        String hash = db(rs -> rs.getString(1), "SELECT content_hash FROM inspections WHERE id = ?", id);
        assertTrue(text.replaceAll("\\s", "").contains(hash), "the PDF carries the signed hash");
    }

    @Test
    @Order(5)
    void thePublicVerificationPageNeedsNoSignInAndShowsNoPersonalData() throws Exception {
        UUID id = signedInspectionWithDefects();
        String code = db(rs -> rs.getString(1), "SELECT code FROM verification_links WHERE inspection_id = ?", id);
        String[] owner = db(rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                "SELECT u.owner_name, u.owner_phone, u.number FROM inspections i JOIN units u ON u.id = i.unit_id"
                        + " WHERE i.id = ?", id);
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v/" + code)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "no session needed");
        assertTrue(page.body().contains("data-status=\"UNCHANGED\""));
        assertFalse(page.body().contains(owner[0]), "no owner name");
        assertFalse(page.body().contains(owner[1]), "no owner phone");
        assertFalse(page.body().contains(owner[2]), "the unit number is masked");
        assertTrue(page.body().contains("防篡改校验码"), "the owner reads the office's word for the hash");
        for (String engineerWord : List.of("RFC", "哈希", "JSON", "SHA")) {
            assertFalse(page.body().contains(engineerWord), "no engineer words for an owner: " + engineerWord);
        }
        HttpResponse<String> unknown = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v/ZZZZZZZZZZ"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("找不到这个查询码"), unknown.body());
        assertFalse(unknown.body().contains("class=\"sidebar\""), "an anonymous owner sees nothing of the office");
        assertFalse(unknown.body().contains("返回仪表盘") || unknown.body().contains("/office/\""), unknown.body());
        browser.open("/v/" + code);
        assertTrue(text("#verify-result").contains("记录未被改动"));
        browser.screenshot("09-public-verification");
    }

    @Test
    @Order(6)
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        long usersBefore = db(rs -> rs.getLong(1), "SELECT COUNT(*) FROM users");
        HttpResponse<String> logout = post("/office/logout", "");
        assertEquals(403, logout.statusCode(), "even signing out needs the token");
        assertTrue(logout.body().contains("安全令牌"), logout.body());
        HttpResponse<String> forged = post("/office/logout", "_csrf=" + "x".repeat(43));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("安全令牌"));
        HttpResponse<String> create = post("/office/admin/users",
                "username=intruder&displayName=x&role=ADMIN&password=Password-123");
        assertEquals(403, create.statusCode());
        assertEquals(usersBefore, (long) db(rs -> rs.getLong(1), "SELECT COUNT(*) FROM users"));
        browser.open("/office/");
        assertEquals("仪表盘", text(".topbar h1"), "the session is still signed in");
    }

    private static HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Cookie", "office_session=" + sessionCookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(7)
    void htmlTypedIntoADefectShowsAsText() {
        // The test's own hostile text, typed on a device and synced: demo data holds none.
        UUID inspection = UUID.randomUUID();
        UUID unit = db(rs -> UUID.fromString(rs.getString(1)), "SELECT u.id FROM units u WHERE NOT EXISTS"
                + " (SELECT 1 FROM inspections i WHERE i.unit_id = u.id) ORDER BY u.number LIMIT 1");
        var device = new ApiClient(server.baseUrl());
        var session = device.session("inspector", ConsoleServer.PASSWORD, "html-test-phone");
        var ops = new TestOps("inspector", "html-test-phone");
        var pushed = session.push(List.of(ops.startInspection(inspection, unit),
                ops.openDefect(UUID.randomUUID(), unit, inspection,
                        "窗台下方墙面开裂 <b>约30cm</b> <script>alert(\"xss\")</script>")));
        assertEquals(200, pushed.code(), pushed.body());
        browser.open("/office/inspections/" + inspection);
        WebElement cell = browser.driver().findElements(By.cssSelector("td.defect-description")).stream()
                .filter(e -> e.getText().contains("<script>")).findFirst().orElseThrow();
        assertTrue(cell.getText().contains("<b>约30cm</b>"), cell.getText());
        assertTrue(cell.findElements(By.tagName("b")).isEmpty(), "no markup was made from it");
        assertTrue(cell.findElements(By.tagName("script")).isEmpty());
    }

    @Test
    @Order(8)
    void syncReviewShowsDevicesRefusalsConflictsAndMissingPhotos() {
        browser.open("/office/sync");
        String devices = text("#devices");
        assertTrue(devices.contains("验房平板 03") && devices.contains("时钟不准"), "the fast clock is flagged");
        assertTrue(devices.contains("超过一天"), "the quiet tablet is flagged");
        assertFalse(devices.contains("demo-pad") || devices.contains("inspector"), "devices and people by name: " + devices);
        String refused = text("#rejections");
        assertTrue(refused.contains("角色无权执行") && refused.contains("未知操作类型") && refused.contains("设备不符"), refused);
        assertTrue(refused.contains("请把应用更新到最新版本"), "each refusal says what to do");
        assertTrue(devices.contains("张验房 · 验房员") && refused.contains("张验房 · 验房员"),
                "a person by name and role in both tables: " + refused);
        for (String internal : List.of("FORBIDDEN_ROLE", "UNKNOWN_TYPE", "DEVICE_MISMATCH", "may not", "token")) {
            assertFalse(refused.contains(internal), "no codes or server messages: " + internal);
        }
        List<WebElement> conflicts = browser.driver().findElements(By.cssSelector("#conflicts .conflict"));
        assertEquals(1, conflicts.size(), "only the two concurrent dispatches, not the workflow's ordinary next steps");
        String conflict = conflicts.get(0).getText();
        assertTrue(conflict.contains("维修单派单") && conflict.contains("客服中心二号机") && conflict.contains("责任单位"), conflict);
        assertFalse(conflict.contains("contractorId") || conflict.contains("ASSIGNED"), conflict);
        assertFalse(browser.driver().findElements(By.cssSelector("#missing tbody tr td a")).isEmpty());
        browser.screenshot("10-sync-review");
    }

    @Test
    @Order(9)
    void anAdminRevokesADeviceTokenAndTheDeviceIsLockedOut() throws Exception {
        String login = "{\"username\":\"inspector\",\"password\":\"" + ConsoleServer.PASSWORD
                + "\",\"deviceId\":\"pad-under-test\",\"deviceName\":\"测试平板\"}";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(login)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String token = r.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertEquals(200, api(token).statusCode());

        browser.open("/office/");
        browser.driver().findElement(By.cssSelector("form[action='/office/logout'] button")).click();
        browser.signIn("admin", ConsoleServer.PASSWORD);
        browser.open("/office/admin");
        browser.screenshot("11-admin");
        String tokens = text("#tokens");
        for (String demoDevice : List.of("验房平板 01", "维修手机 M1", "客服中心前台")) {
            assertTrue(tokens.contains(demoDevice), "the demo's devices signed in and their tokens can be revoked: "
                    + tokens);
        }
        WebElement row = browser.driver().findElements(By.cssSelector("#tokens tbody tr")).stream()
                .filter(e -> e.getText().contains("测试平板")).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens"), "令牌已吊销"));
        HttpResponse<String> after = api(token);
        assertEquals(401, after.statusCode());
        assertTrue(after.body().contains("TOKEN_REVOKED"));
    }

    @Test
    @Order(10)
    void theLanguageSwitchesToEnglishAndBack() {
        browser.open("/office/");
        browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
        assertEquals("Dashboard", text(".topbar h1"));
        browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-chart] canvas")).isEmpty());
        browser.screenshot("12-dashboard-en");
        browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
        assertEquals("仪表盘", text(".topbar h1"));
    }

    @Test
    @Order(11)
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/office/", "/office/login", "/office/sync")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Cookie", "office_session=" + sessionCookie()).build(), HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> h = r.headers().map();
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertTrue(!r.headers().firstValue("Content-Security-Policy").orElse("").contains("unsafe-inline"), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path + " " + h);
            assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), path);
            assertFalse(r.body().contains("<script>") && r.body().matches("(?s).*<script>[^<]+</script>.*"),
                    "no inline scripts on " + path);
        }
        HttpResponse<String> signIn = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/office/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = signIn.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    @Order(12)
    void anUnknownConsolePathAnswersTheConsoles404PageNotJson() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/office/no-such-page"))
                .header("Cookie", "office_session=" + sessionCookie()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().map().toString());
        assertTrue(r.body().contains("找不到这个页面"), r.body());
        assertTrue(r.body().contains("class=\"sidebar\""), "in the console layout, with the navigation");
        assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent(), "with the console's security headers");
        HttpResponse<String> posted = post("/office/no-such-page", "");
        assertEquals(403, posted.statusCode(), "a POST without the CSRF token is still refused first");
        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/no-such-endpoint"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, api.statusCode());
        assertTrue(api.body().contains("\"NOT_FOUND\""), "outside the console the JSON error stays: " + api.body());
        HttpResponse<String> signedOut = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/office/no-such-page")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, signedOut.statusCode(), "signed out, the console asks to sign in first");
        browser.open("/office/no-such-page");
        assertEquals("错误 404", text("main h2"));
        browser.screenshot("13-not-found");
    }

    @Test
    @Order(13)
    void theUnitTimelineShowsEachRepairStepOnceAndNamesWhatItIsAbout() {
        browser.open("/office/units/" + unit("1号楼", "1-1804"));
        List<String[]> lines = browser.driver().findElements(By.cssSelector("ol.timeline li")).stream()
                .map(li -> new String[] {li.findElement(By.cssSelector(".when")).getText(),
                    li.getText().substring(li.findElement(By.cssSelector(".when")).getText().length()).strip()})
                .toList();
        List<String> closed = lines.stream().map(l -> l[1]).filter(t -> t.startsWith("问题已关闭")).toList();
        assertFalse(closed.isEmpty(), "the demo closed defects of this unit");
        for (String line : closed) {
            assertTrue(line.matches("问题已关闭：.+（.+）"), "a closed defect names its item and room: " + line);
        }
        List<String> completed = lines.stream().map(l -> l[1]).filter(t -> t.startsWith("维修单完工")).toList();
        assertFalse(completed.isEmpty());
        completed.forEach(line -> assertTrue(line.matches("维修单完工：.+"), "names the work order: " + line));
        List<String> created = lines.stream().filter(l -> l[1].startsWith("创建维修单")).map(l -> l[0]).toList();
        // The demo's history of this unit follows today's date: count its work orders rather than assume them.
        int orders = db(rs -> rs.getInt(1), "SELECT count(*) FROM work_orders WHERE unit_id = ?",
                unit("1号楼", "1-1804").toString());
        assertTrue(orders > 0, "the demo repaired something in this unit");
        assertEquals(orders, created.size(), "one line per work order created");
        for (String[] line : lines) {
            boolean dispatch = line[1].startsWith("维修单派给") || line[1].startsWith("问题派给");
            assertFalse(dispatch && created.contains(line[0]),
                    "creating and assigning a work order is one line, not also: " + line[1]);
        }
        assertTrue(lines.stream().anyMatch(l -> l[1].startsWith("创建维修单并派给 精工装饰工程有限公司：")));
        browser.screenshot("14-unit-timeline");
    }

    @Test
    @Order(14)
    void theWarrantyTableKeepsDatesOnOneLineAndTheLegalBasisFolded() {
        String unit = "/office/units/" + unit("1号楼", "1-1804");
        try {
            for (String lang : List.of("zh", "en")) {
                browser.open("/office/lang?to=" + lang + "&back=" + unit);
                for (int width : new int[] {390, 1440}) {
                    browser.driver().manage().window().setSize(new Dimension(width, 900));
                    browser.open(unit);
                    assertEquals(List.of(), browser.driver().executeScript(WARRANTY_CRAMPED), lang + " at " + width);
                }
            }
            WebElement basis = browser.driver().findElement(By.cssSelector("#warranty-terms details.basis"));
            assertFalse(basis.findElement(By.tagName("p")).isDisplayed(), "the legal basis is folded");
            basis.findElement(By.tagName("summary")).click();
            assertTrue(basis.findElement(By.tagName("p")).getText().contains("Buyer minimum"), "and opens on demand");
        } finally {
            browser.open("/office/lang?to=zh&back=/office/");
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
        }
    }

    /** Dates of the warranty table on more than one line, a legal basis shown unasked, or a table past its card. */
    private static final String WARRANTY_CRAMPED = """
            var table = document.getElementById('warranty-terms');
            var out = [];
            table.querySelectorAll('tbody tr').forEach(function (tr) {
              [1, 2].forEach(function (i) {
                var r = document.createRange(); r.selectNodeContents(tr.cells[i]);
                var rows = new Set(Array.from(r.getClientRects()).map(function (x) { return Math.round(x.bottom); }));
                if (rows.size > 1) out.push('date ' + tr.cells[i].textContent + ' on ' + rows.size + ' lines');
              });
              var basis = tr.querySelector('details.basis');
              if (!basis || basis.open || basis.querySelector('p').checkVisibility()) {
                out.push('legal basis shown: ' + tr.cells[0].querySelector('strong').textContent);
              }
            });
            var card = table.closest('.card').getBoundingClientRect();
            if (table.getBoundingClientRect().right > card.right + 0.5) out.push('table wider than its card');
            return out;
            """;

    @Test
    @Order(15)
    void theUnitSetUpPageOffersOnlyWhatAppliesToTheUnit() {
        UUID unit = unit("1号楼", "1-1804");
        browser.open("/office/units/" + unit + "/setup");
        assertEquals("房屋设置 1号楼 1-1804", text(".topbar h1"));
        assertTrue(text("#setup-unit h2").startsWith("1号楼 1-1804"), "the heading names the building");
        assertEquals("视同交付", text("#deemed-handover .card-head h2"));
        assertEquals(List.of("记为视同交付"), setupActions(),
                "accepted on 2026-11-09, after the notified 2026-08-16: 视同交付 may be recorded, nothing to withdraw");
        WebElement record = browser.driver().findElement(By.cssSelector("#deemed-handover button"));
        record.click();
        browser.awaitGone(record);
        assertEquals(List.of("撤销视同交付"), setupActions(), "once recorded, only withdrawing it applies");
        assertTrue(text("#handover-date").contains("2026-08-16"), "the notified date is now the handover date");
        WebElement withdraw = browser.driver().findElement(By.cssSelector("#deemed-handover button"));
        withdraw.click();
        browser.awaitGone(withdraw);
        assertEquals(List.of("记为视同交付"), setupActions());

        UUID notYetHandedOver = db(rs -> UUID.fromString(rs.getString(1)), "SELECT id FROM units u WHERE NOT EXISTS"
                + " (SELECT 1 FROM inspections i WHERE i.unit_id = u.id) ORDER BY id LIMIT 1");
        withPlannedHandover(notYetHandedOver, "2027-06-30", () -> {
            browser.open("/office/units/" + notYetHandedOver + "/setup");
            assertEquals(List.of(), setupActions(), "a notified date still to come offers neither action");
            assertTrue(text("#deemed-why").contains("2027-06-30 还没到"), text("#deemed-why"));
        });
        withPlannedHandover(unit, "2026-11-30", () -> {
            browser.open("/office/units/" + unit + "/setup");
            assertEquals(List.of(), setupActions(), "the owner came by the notified date: nothing to record");
            assertTrue(text("#deemed-why").contains("无需视同交付"), text("#deemed-why"));
        });

        try {
            browser.open("/office/lang?to=en&back=/office/");
            for (String path : List.of("/office/units/" + unit, "/office/units/" + unit + "/setup")) {
                browser.open(path);
                String page = browser.driver().findElement(By.tagName("body")).getText();
                assertFalse(page.contains("视同交付"), path + " in English says deemed handover: " + page);
            }
            assertTrue(text("#deemed-handover h2").equals("Deemed handover"));
        } finally {
            browser.open("/office/lang?to=zh&back=/office/");
        }
    }

    @Test
    @Order(16)
    void theInspectionLeadsToWhatFailedAndFoldsWhatPassedOnAPhone() {
        UUID id = signedInspectionWithDefects();
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 900));
            browser.open("/office/inspections/" + id);
            List<WebElement> failedRows = browser.driver().findElements(By.cssSelector("tr[data-result=FAIL]"));
            List<WebElement> jumps = browser.driver().findElements(By.cssSelector("#failed-jumps a"));
            assertFalse(jumps.isEmpty());
            assertEquals(failedRows.size(), jumps.size(), "a jump to every failed item");
            for (WebElement jump : jumps) {
                String target = jump.getAttribute("href").replaceAll(".*#", "");
                WebElement row = browser.driver().findElement(By.id(target));
                assertEquals("FAIL", row.getAttribute("data-result"), target);
                assertTrue(row.isDisplayed(), target);
                assertTrue(jump.getText().contains(row.findElement(By.tagName("td")).getText()), jump.getText());
            }
            assertTrue(browser.driver().findElements(By.cssSelector("tr[data-result=NOT_APPLICABLE]")).stream()
                    .allMatch(WebElement::isDisplayed), "items not applicable stay in sight");
            List<WebElement> passed = browser.driver().findElements(By.cssSelector("tr[data-result=PASS]"));
            assertFalse(passed.isEmpty());
            assertTrue(passed.stream().noneMatch(WebElement::isDisplayed), "passed items are folded");
            long height = ((Number) browser.driver().executeScript("return document.documentElement.scrollHeight"))
                    .longValue();
            assertTrue(height < 9000, "the page at phone width is " + height + " px tall");
            WebElement fold = browser.driver().findElement(By.cssSelector("details.passed-items"));
            fold.findElement(By.tagName("summary")).click();
            assertTrue(fold.findElements(By.cssSelector("tr[data-result=PASS]")).stream().allMatch(WebElement::isDisplayed));
            browser.screenshot("14-inspection-phone");

            for (int width : new int[] {1440, 820}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.open("/office/inspections/" + id);
                for (WebElement defect : browser.driver().findElements(By.cssSelector("#defects tr.defect"))) {
                    List<WebElement> cells = defect.findElements(By.tagName("td"));
                    for (int column : new int[] {1, 4, 5}) {
                        assertEquals(1, lines(cells.get(column)), width + " px: " + cells.get(column).getText());
                    }
                }
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    @Order(17)
    void theReportKeepsShortValuesWholeAndEachDefectWithItsPhotosAndPrintsEveryItem() throws Exception {
        UUID id = signedInspectionWithDefects();
        try {
            browser.driver().manage().window().setSize(new Dimension(1440, 900));
            browser.open("/office/inspections/" + id + "/report");
            for (WebElement th : browser.driver().findElements(By.cssSelector("#report-defects thead th"))) {
                assertEquals(1, lines(th), th.getText());
            }
            for (WebElement defect : browser.driver().findElements(By.cssSelector("#report-defects tr.report-defect"))) {
                List<WebElement> cells = defect.findElements(By.tagName("td"));
                for (int column : new int[] {0, 1, 4, 6}) {
                    assertEquals(1, lines(cells.get(column)), cells.get(column).getText());
                }
            }

            browser.driver().manage().window().setSize(new Dimension(390, 900));
            browser.open("/office/inspections/" + id + "/report");
            assertFalse(browser.driver().findElements(By.cssSelector("tr.report-defect-photos .report-photo")).isEmpty());
            Object apart = browser.driver().executeScript("var apart = [];"
                    + " document.querySelectorAll('tr.report-defect-photos .report-photo').forEach(function (photo) {"
                    + " var card = photo.closest('tbody'); var number = card.querySelector('.pin-number');"
                    + " var c = card.getBoundingClientRect(), p = photo.getBoundingClientRect(),"
                    + " n = number.getBoundingClientRect();"
                    + " if (getComputedStyle(card).borderTopStyle === 'none' || n.top < c.top || p.bottom > c.bottom"
                    + " || p.top < n.top) { apart.push(number.textContent + ': ' + [c.top, c.bottom, n.top, p.top,"
                    + " p.bottom].join(' ')); } }); return apart.join('; ');");
            assertEquals("", apart, "each defect's photos sit in its card, under its number");
            List<WebElement> passed = browser.driver().findElements(By.cssSelector("#report-items tr.passed"));
            assertFalse(passed.isEmpty());
            assertTrue(passed.stream().noneMatch(WebElement::isDisplayed), "passed items are folded on a phone");
            assertTrue(browser.driver().findElements(By.cssSelector("#report-items tr.failed")).stream()
                    .allMatch(WebElement::isDisplayed));
            String passedItem = passed.get(passed.size() - 1).findElement(By.tagName("td")).getAttribute("textContent");
            WebElement toggle = browser.driver().findElement(By.id("report-items-toggle"));
            toggle.click();
            assertTrue(passed.stream().allMatch(WebElement::isDisplayed), "the button shows them");
            toggle.click();
            assertFalse(passed.get(0).isDisplayed());

            String printed = pdfText(Base64.getDecoder().decode(browser.driver().print(new PrintOptions()).getContent()));
            assertTrue(printed.replaceAll("\\s", "").contains(passedItem.replaceAll("\\s", "")),
                    "the printed report lists the passed items: " + passedItem);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    @Order(18)
    void theInspectionNamesItsProjectAndItsTemplateAsTheUnitAndTemplatesPagesDo() {
        UUID id = signedInspectionWithDefects();
        browser.open("/office/inspections/" + id);
        List<String> trail = crumbs();
        List<WebElement> links = browser.driver().findElements(By.cssSelector(".breadcrumbs a"));
        links.get(links.size() - 1).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/office/units/"));
        List<String> unitTrail = new ArrayList<>(crumbs());
        unitTrail.add("交房验收");
        assertEquals(unitTrail, trail, "the unit page's trail, then the inspection");
        try {
            for (String lang : List.of("en", "zh")) {
                browser.open("/office/lang?to=" + lang + "&back=/office/");
                browser.open("/office/inspections/" + id);
                String name = text("#template-name");
                String count = text("#item-count");
                browser.open("/office/repair/templates");
                WebElement row = browser.driver().findElements(By.cssSelector("#published tbody tr")).stream()
                        .filter(r -> {
                            List<WebElement> cells = r.findElements(By.tagName("td"));
                            return (cells.get(0).getText() + " " + cells.get(1).getText()).equals(name);
                        }).findFirst().orElseThrow(() -> new AssertionError(lang + ": no template named " + name));
                String templateCount = row.findElement(By.cssSelector("[data-item-count]")).getText();
                String items = templateCount.replaceAll("(?s)^\\D*(\\d+).*", "$1");
                assertTrue(count.contains(items), lang + ": " + count + " names the template's " + items + " items");
                assertTrue(lang.equals("zh") ? count.contains("按本户房间展开") && templateCount.contains("按户型房间展开")
                        : count.contains("each room") && templateCount.contains("each room"), count + " / " + templateCount);
            }
        } finally {
            browser.open("/office/lang?to=zh&back=/office/");
        }
    }

    private static void withPlannedHandover(UUID unit, String day, Runnable check) {
        String before = db(rs -> rs.getString(1), "SELECT planned_handover FROM units WHERE id = ?", unit);
        setPlannedHandover(unit, day);
        try {
            check.run();
        } finally {
            setPlannedHandover(unit, before);
        }
    }

    private static void setPlannedHandover(UUID unit, String day) {
        server.components().db().write(c -> Sql.update(c, "UPDATE units SET planned_handover = ? WHERE id = ?", day,
                unit.toString()));
    }

    private static List<String> setupActions() {
        return browser.driver().findElements(By.cssSelector("#deemed-handover form button")).stream()
                .map(WebElement::getText).toList();
    }

    private static UUID unit(String building, String number) {
        return db(rs -> UUID.fromString(rs.getString(1)), "SELECT u.id FROM units u JOIN buildings b"
                + " ON b.id = u.building_id WHERE b.name = ? AND u.number = ?", building, number);
    }

    @Test
    @Order(19)
    void aDefectsStatusShowsInOneColourOnTheInspectionAndTheUnitPage() {
        UUID id = signedInspectionWithDefects();
        UUID unit = db(rs -> UUID.fromString(rs.getString(1)), "SELECT unit_id FROM inspections WHERE id = ?", id);
        browser.open("/office/inspections/" + id);
        Map<String, String> onInspection = defectChips();
        assertFalse(onInspection.isEmpty());
        browser.open("/office/units/" + unit);
        Map<String, String> onUnit = defectChips();
        onInspection.forEach((defect, chip) -> assertEquals(chip, onUnit.get(defect), defect));
        for (String defect : onInspection.keySet()) {
            DefectStatus status = DefectStatus.valueOf(db(rs -> rs.getString(1),
                    "SELECT status FROM defects WHERE id = ?", defect));
            assertTrue(onUnit.get(defect).endsWith(" " + StatusChips.of(status)), defect + ": " + onUnit.get(defect));
        }
    }

    @Test
    @Order(20)
    void onANarrowScreenTheUnitsOpenTablesComeBeforeItsTimeline() {
        browser.open("/office/units/" + unit("1号楼", "1-1804"));
        try {
            for (int width : new int[] {390, 820}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                int timeline = top("#unit-timeline");
                for (String table : List.of("#unit-defects", "#unit-work-orders", "#unit-complaints")) {
                    assertTrue(top(table) < timeline, table + " comes before the timeline at " + width + " px");
                }
                int full = width("#unit-defects");
                assertTrue(width("#unit-work-orders") > full * 9 / 10, "the work orders take the page's width at "
                        + width + " px: " + width("#unit-work-orders") + " of " + full);
            }
            int card = width("#unit-defects .table-wrap");
            for (WebElement defect : browser.driver().findElements(By.cssSelector("#unit-defects tr.defect"))) {
                List<WebElement> cells = defect.findElements(By.tagName("td"));
                for (int column : new int[] {1, 2}) {
                    assertTrue(cells.get(column).getRect().getWidth() > card / 2, "at 820 px the item and the"
                            + " description read across the card: " + cells.get(column).getRect().getWidth() + " of "
                            + card + " px for " + cells.get(column).getText());
                }
            }
            browser.driver().manage().window().setSize(new Dimension(1440, 900));
            assertTrue(top("#unit-timeline") < top("#unit-defects"), "a wide screen shows the timeline beside the"
                    + " warranty terms, above the tables");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    @Order(21)
    void atTabletWidthEachInspectionDefectReadsInWholeLinesAndAWideScreenKeepsTheTable() {
        UUID id = signedInspectionWithDefects();
        try {
            browser.driver().manage().window().setSize(new Dimension(820, 900));
            browser.open("/office/inspections/" + id);
            WebElement wrap = browser.driver().findElement(By.cssSelector("#defects .table-wrap"));
            int wrapWidth = wrap.getRect().getWidth();
            assertEquals(wrap.getAttribute("clientWidth"), wrap.getAttribute("scrollWidth"), "no sideways scrolling");
            List<WebElement> defects = browser.driver().findElements(By.cssSelector("#defects tr.defect"));
            assertFalse(defects.isEmpty());
            for (WebElement defect : defects) {
                List<WebElement> cells = defect.findElements(By.tagName("td"));
                for (int column : new int[] {2, 3, 6}) {
                    int width = cells.get(column).getRect().getWidth();
                    assertTrue(width > wrapWidth / 2, "item, description and rectification read across the"
                            + " card, not in a narrow column: " + width + " of " + wrapWidth + " px for "
                            + cells.get(column).getText());
                }
            }
            browser.driver().manage().window().setSize(new Dimension(1440, 900));
            assertTrue(browser.driver().findElement(By.cssSelector("#defects thead")).isDisplayed(),
                    "a wide screen shows the defects as a table with its headers");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    @Order(22)
    void theRecordsPageFoldsItsUnitsPerBuildingSoAPhoneReachesEveryRecord() {
        UUID project = db(rs -> UUID.fromString(rs.getString(1)), "SELECT project_id FROM buildings"
                + " WHERE name = '1号楼' ORDER BY project_id LIMIT 1");
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 900));
            browser.open("/office/projects/" + project + "/records");
            long height = ((Number) browser.driver().executeScript(
                    "return document.documentElement.scrollHeight")).longValue();
            assertTrue(height < 8000, "the records page at phone width is " + height + " px tall");
            List<WebElement> groups = browser.driver().findElements(By.cssSelector("#records-units details"));
            List<String> buildings = server.components().db().read(c -> Sql.query(c, "SELECT name FROM buildings"
                    + " WHERE project_id = ? ORDER BY name", rs -> rs.getString(1), project.toString()));
            assertEquals(buildings.stream().sorted().toList(), groups.stream().map(g -> g.getAttribute("data-building")).sorted().toList());
            for (WebElement group : groups) {
                group.findElement(By.tagName("summary")).click();
                List<String> shown = group.findElements(By.cssSelector("tbody tr td:first-child")).stream()
                        .filter(WebElement::isDisplayed).map(WebElement::getText).sorted().toList();
                List<String> units = server.components().db().read(c -> Sql.query(c, "SELECT u.number FROM units u"
                        + " JOIN buildings b ON b.id = u.building_id WHERE b.project_id = ? AND b.name = ?"
                        + " ORDER BY u.number", rs -> rs.getString(1), project.toString(),
                        group.getAttribute("data-building")));
                assertEquals(units.stream().sorted().toList(), shown, "opening a building lists every one of its units");
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    @Order(23)
    void theAdminsUserTableFitsATabletWithEachUserNameOnOneLine() {
        browser.open("/office/");
        browser.driver().findElement(By.cssSelector("form[action='/office/logout'] button")).click();
        browser.signIn("admin", ConsoleServer.PASSWORD);
        try {
            for (String lang : List.of("zh", "en")) {
                browser.open("/office/lang?to=" + lang + "&back=/office/admin");
                browser.driver().manage().window().setSize(new Dimension(820, 900));
                browser.open("/office/admin");
                Number overflow = (Number) browser.driver().executeScript("var wrap = document.getElementById('users')"
                        + ".closest('.table-wrap'); return wrap.scrollWidth - wrap.clientWidth;");
                assertEquals(0, overflow.intValue(), lang + ": the user table scrolls sideways at 820 px");
                for (WebElement name : browser.driver().findElements(By.cssSelector("#users td.username"))) {
                    assertEquals(1, lines(name), lang + ": " + name.getText());
                }
            }
        } finally {
            browser.open("/office/lang?to=zh&back=/office/");
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    @Order(24)
    void reasonsTheServerWritesReadInThePagesLanguageWhileTypedReasonsReadAsTyped() {
        // On a unit where nobody escalated anything yet, so that no typed reason shares its timeline.
        UUID order = db(rs -> UUID.fromString(rs.getString(1)), "SELECT id FROM work_orders"
                + " WHERE status IN ('CREATED', 'ASSIGNED') AND unit_id NOT IN (SELECT unit_id FROM operations"
                + " WHERE op_type = 'workorder.escalated') ORDER BY id LIMIT 1");
        UUID unit = db(rs -> UUID.fromString(rs.getString(1)), "SELECT unit_id FROM work_orders WHERE id = ?",
                order.toString());
        assertTrue(server.components().clocks().escalations().escalate(order, ServerOperations.SYSTEM,
                RepairSla.MISSED_ON_SITE_REASON, Instant.now(), false, true).escalated());
        UUID typed = db(rs -> UUID.fromString(rs.getString(1)), "SELECT unit_id FROM operations"
                + " WHERE op_type = 'workorder.escalated' AND actor <> 'system' ORDER BY position LIMIT 1");
        try {
            browser.open("/office/lang?to=en&back=/office/units/" + unit);
            String timeline = text("#unit-timeline");
            assertTrue(timeline.contains("Escalated to self-repair: The contractor missed the on-site deadline:"
                    + " maintenance repairs it under the after-sales repair rules"), timeline);
            assertFalse(timeline.contains("超过到场期限"), timeline);
            assertTrue(timeline.contains(" · System (automatic)\n"), "the server is named, not by a user name: " + timeline);
            browser.screenshot("24-system-reason-en");
            browser.open("/office/units/" + typed);
            assertTrue(text("#unit-timeline").contains("Escalated to self-repair: 责任单位超过到场期限未到场"),
                    "what a person typed reads as typed");
            browser.open("/office/repair/work-orders");
            browser.driver().findElement(By.linkText("Handle overdue")).click();
            String reason = browser.waiting().until(d -> d.findElement(By.name("reason"))).getAttribute("value");
            assertEquals("The contractor missed the on-site deadline; maintenance has it repaired under the"
                    + " after-sales repair rules.", reason);

            browser.open("/office/lang?to=zh&back=/office/units/" + unit);
            assertTrue(text("#unit-timeline").contains("自行维修：施工单位超过到场期限未到场，按维修工作规定由维修部自行维修"));
        } finally {
            browser.open("/office/lang?to=zh&back=/office/");
        }
    }

    private static int top(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getRect().getY();
    }

    private static int width(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getRect().getWidth();
    }

    /** Each defect's status on the page: its text, then its chip's class. */
    private static Map<String, String> defectChips() {
        Map<String, String> chips = new HashMap<>();
        for (WebElement chip : browser.driver().findElements(By.cssSelector("[data-defect-status]"))) {
            chips.put(chip.getAttribute("data-defect-status"), chip.getAttribute("textContent").trim() + " "
                    + Arrays.stream(chip.getAttribute("class").split(" ")).filter(c -> c.startsWith("chip-"))
                    .findFirst().orElse("none"));
        }
        return chips;
    }

    private static List<String> crumbs() {
        return browser.driver().findElements(By.cssSelector(".breadcrumbs > span")).stream().map(WebElement::getText)
                .toList();
    }

    /** How many lines the element's text takes. */
    private static int lines(WebElement element) {
        return ((Number) browser.driver().executeScript("var tops = new Set();"
                + " var walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT);"
                + " while (walker.nextNode()) { var range = document.createRange();"
                + " range.selectNodeContents(walker.currentNode);"
                + " for (var r of range.getClientRects()) { if (r.width > 0) { tops.add(Math.round(r.top)); } } }"
                + " return tops.size;", element)).intValue();
    }

    private static HttpResponse<String> api(String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/reference"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
