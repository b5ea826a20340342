package com.handover.server.office.repair.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Severity;
import com.handover.model.site.Unit;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.server.auth.User;
import com.handover.model.Role;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.sync.ServerOperations;
import com.handover.server.office.browser.Browser;
import com.handover.server.office.repair.csv.Csv;
import com.handover.server.office.repair.intake.IntakeOutcome;
import com.handover.server.office.repair.intake.IntakeService;
import com.handover.server.reference.TemplateStore;
import com.handover.server.office.repair.templates.TemplateSheet;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Console B in Chromium against a real server with the demo project: intake by phone with the warranty
 * answer and the new work order, escalation of an overdue order with its chargeback, the settlement export,
 * a template imported from CSV and published as v2, and screenshots of each page at 1366x768.
 */
class RepairConsoleBrowserTest {

    private static ClockTestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        if (System.getProperty("handover.screenshots") == null) {
            Path classes = Path.of(RepairConsoleBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            System.setProperty("handover.screenshots", classes.getParent().resolve("screenshots").toString());
        }
        server = ClockTestServer.start();
        browser = new Browser(server.baseUrl());
    }

    /** Sessions run on the server's clock, which some tests move by a day: sign in afresh each time. */
    @BeforeEach
    void signIn() {
        browser.driver().manage().deleteAllCookies();
        browser.signIn("office", TestServer.PASSWORD);
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

    private static WebElement waitFor(String css) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static String text(String css) {
        return waitFor(css).getText();
    }

    @Test
    void aRepairRequestTakenByPhoneShowsTheWarrantyAnswerAndTheNewWorkOrder() {
        Unit unit = server.unit("1-1203");
        server.handOver(unit);
        browser.open("/office/repair/intake");
        new Select(waitFor("select[name=building]")).selectByVisibleText("滨江花园 · 1号楼");
        browser.driver().findElement(By.name("number")).sendKeys("1203");
        browser.driver().findElement(By.cssSelector("#find-unit button")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.partialLinkText("1203"))).click();
        waitFor("#intake-form");
        Select kind = new Select(browser.driver().findElement(By.name("kind")));
        assertEquals("", kind.getFirstSelectedOption().getAttribute("value"),
                "no type is chosen for the clerk: 报修 beside 无需维修 would contradict itself");
        kind.selectByValue("REPAIR");
        new Select(browser.driver().findElement(By.name("channel"))).selectByValue("PHONE");
        new Select(browser.driver().findElement(By.name("room"))).selectByValue("BATHROOM-1");
        new Select(browser.driver().findElement(By.name("warrantyCategory"))).selectByValue("PIPE_LEAK");
        assertTrue(text("#warranty-result").contains("在保修期内"), "the warranty answers as soon as the category is chosen");
        browser.driver().findElement(By.name("description")).sendKeys("主卫下水管接口渗水，楼下顶棚有水渍");
        browser.driver().findElement(By.name("estimatedCost")).sendKeys("500");
        shot("repair-intake-form");
        String due = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(
                server.clock().instant().plus(Duration.ofHours(24)).atZone(java.time.ZoneId.of("Asia/Shanghai")));
        browser.driver().findElement(By.id("take-request")).click();

        assertTrue(text("#taken").length() > 0);
        String warranty = text("#warranty-result");
        assertTrue(warranty.contains("在保修期内"), warranty);
        assertTrue(warranty.contains("保修至"), warranty);
        String order = text("#work-order");
        assertTrue(order.contains("京通给排水安装有限公司"), "assigned to the plumbing contractor: " + order);
        assertTrue(order.contains(due), "on site within 24 h of the call (" + due + "): " + order);
        shot("repair-intake-taken");

        browser.open("/office/repair/intake");
        assertTrue(text("table").contains("1号楼 1-1203"));
        shot("repair-intake");
    }

    @Test
    void anOverdueWorkOrderIsEscalatedToSelfRepairWithTheChargebackShown() {
        IntakeOutcome taken = server.repairRequest(server.unit("1-502"), Severity.NORMAL, 60_000);
        server.components().db().write(c -> {
            server.components().accounts().saveUser(c, new User("maintenance.zhao", "赵维修", Role.MAINTENANCE),
                    "not-used-for-sign-in", 0);
            return null;
        });
        server.clock().advance(Duration.ofHours(25));
        signIn();
        try {
            browser.open("/office/repair/work-orders?view=OVERDUE");
            assertTrue(Integer.parseInt(text("#overdue-count")) >= 1);
            assertTrue(text("#board").contains("1号楼 1-502"));
            shot("repair-work-orders");

            browser.open("/office/repair/work-orders/" + taken.workOrderId());
            assertTrue(text("#overdue").contains("超期"));
            assertEquals("¥1,200.00", text("#chargeback-preview"), "200 % of the 600 yuan estimate");
            shot("repair-work-order-overdue");
            new Select(browser.driver().findElement(By.id("escalate-repairer"))).selectByVisibleText("赵维修");
            browser.driver().findElement(By.id("escalate-submit")).click();
            browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
            browser.waiting().until(d -> d.getCurrentUrl().contains("escalated=1"));
            assertEquals("自行维修", text("#order-status"));
            assertEquals("¥1,200.00", text("#chargeback"));
            assertEquals("maintenance.zhao", server.components().db().read(c -> WorkOrderRows
                    .byId(c, taken.workOrderId())).orElseThrow().assignee(), "the 售后维修部 repairer sent");
            shot("repair-work-order-escalated");
        } finally {
            server.clock().advance(Duration.ofHours(1));
        }
    }

    @Test
    void aStatusHasOneColourOnEveryPageAndTheOrderNamesItsRepairerApartFromTheContractor() {
        IntakeOutcome taken = server.repairRequest(server.unit("1-1104"), Severity.NORMAL, 20_000);
        new IntakeService(server.components(), server.clocks(), new TemplateStore(server.components().db()))
                .answer(taken.complaintId(), "已安排京通给排水明日上门", ClockTestServer.user("office"));
        String order = taken.workOrderId().toString();
        String complaint = taken.complaintId().toString();

        browser.open("/office/repair/work-orders/" + order);
        WebElement orderStatus = waitFor("#order-status");
        String assigned = orderStatus.getText();
        String assignedChip = chipClass(orderStatus);
        assertTrue(text("#order-contractor").contains("京通给排水安装有限公司"));
        assertFalse(text("#order-contractor").contains("李维修"), "the contractor's line names the contractor alone");
        assertEquals("李维修 · 维修部", text("#order-repairer"), "the company's repairer, by name and role");

        browser.open("/office/repair/complaints/" + complaint);
        WebElement complaintStatus = waitFor("#complaint-status");
        String answered = complaintStatus.getText();
        String answeredChip = chipClass(complaintStatus);
        assertEquals(assigned, text("#work-order #order-status"));
        assertEquals(assignedChip, chipClass(waitFor("#work-order #order-status")), "the complaint page's order status");

        browser.open("/office/repair/intake");
        WebElement row = browser.driver().findElement(By.xpath("//tr[.//a[contains(@href, '" + complaint + "')]]"));
        assertEquals(answeredChip, chipClass(chipReading(row, answered)), "the intake list's complaint status");
        assertEquals(assignedChip, chipClass(chipReading(row, assigned)), "the intake list's order status");
        assertEquals("查看", row.findElement(By.cssSelector("a[href*='" + complaint + "']")).getText(),
                "a list opens a record with one word everywhere");

        browser.open("/office/repair/work-orders?view=ALL&contractor=" + taken.contractor().id());
        WebElement line = browser.driver().findElement(By.xpath("//tr[.//a[contains(@href, '" + order + "')]]"));
        assertEquals(assignedChip, chipClass(chipReading(line, assigned)), "the board's order status");
        assertEquals("查看", line.findElement(By.cssSelector("a[href*='" + order + "']")).getText());

        browser.open("/office/units/" + server.unit("1-1104").id());
        WebElement orderRow = browser.driver().findElement(By.xpath("//tr[.//a[contains(@href, '" + order + "')]]"));
        assertEquals(assignedChip, chipClass(chipReading(orderRow, assigned)), "the unit page's order status");
        WebElement complaintRow = browser.driver().findElement(By.xpath("//tr[.//a[contains(@href, '" + complaint
                + "')]]"));
        assertEquals(answeredChip, chipClass(chipReading(complaintRow, answered)), "the unit page's complaint status");
    }

    private static WebElement chipReading(WebElement within, String text) {
        return within.findElements(By.cssSelector(".chip")).stream().filter(c -> c.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no chip reads " + text + " in " + within.getText()));
    }

    private static String chipClass(WebElement chip) {
        return java.util.Arrays.stream(chip.getAttribute("class").split("\\s+")).filter(c -> c.startsWith("chip-"))
                .findFirst().orElse("");
    }

    @Test
    void theQuarterlySettlementExportsAsCsvWithAByteOrderMarkAndAsExcel() throws Exception {
        IntakeOutcome taken = server.repairRequest(server.unit("1-801"), Severity.NORMAL, 30_000);
        server.arrive(taken.workOrderId());
        server.complete(taken.workOrderId(), 28_800);
        server.confirmAll(taken.workOrderId());
        browser.open("/office/repair/contractors?quarter=2026-Q4");
        assertTrue(text("#scorecard").contains("京通给排水安装有限公司"));
        shot("repair-contractors");

        String csvHref = waitFor("#export-csv").getAttribute("href");
        HttpResponse<byte[]> csv = download(csvHref);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("settlement-2026-Q4.csv"));
        String body = new String(csv.body(), StandardCharsets.UTF_8);
        assertEquals(Csv.BOM, body.charAt(0));
        List<List<String>> rows = Csv.parse(body, 1000);
        assertEquals("施工单位", rows.get(1).get(0));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("京通给排水安装有限公司") && !r.get(1).equals("0")));
        assertTrue(body.contains("288.00"), "the ledger carries the actual cost in yuan");

        HttpResponse<byte[]> xlsx = download(waitFor("#export-xlsx").getAttribute("href"));
        assertEquals(200, xlsx.statusCode());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(2, wb.getSheets().count());
            assertEquals("施工单位", wb.getFirstSheet().read().get(1).getCellText(0));
        }
    }

    @Test
    void theMonthlyRepairReportIsReachedFromTheNavigationAndPagesByMonth() {
        IntakeOutcome taken = server.repairRequest(server.unit("1-901"), Severity.NORMAL, 52_000);
        server.arrive(taken.workOrderId());
        server.complete(taken.workOrderId(), 49_900);
        browser.open("/office/repair/contractors");
        browser.driver().findElement(By.linkText("维修月报")).click();
        assertTrue(text("#monthly-contractors").contains("京通给排水安装有限公司"));
        assertTrue(text("#monthly-ledger").contains("1-901"));
        assertTrue(text("#monthly h2").contains("2026-11"), "the current month in Beijing");
        shot("repair-monthly-report");
        browser.driver().findElement(By.id("month-previous")).click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("month=2026-10"));
        assertTrue(text("#monthly h2").contains("2026-10"));
        browser.driver().findElement(By.id("month-next")).click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("month=2026-11"));
        assertTrue(waitFor("#export-csv").getAttribute("href").endsWith("/office/reports/monthly.csv?month=2026-11"));

        browser.driver().manage().window().setSize(new Dimension(390, 900));
        try {
            browser.open("/office/reports/monthly?month=2026-11");
            Rectangle previous = waitFor("#month-previous").getRect();
            Rectangle next = waitFor("#month-next").getRect();
            Rectangle month = waitFor("#month-controls input[type=month]").getRect();
            Rectangle filter = waitFor("#month-controls button[type=submit]").getRect();
            Rectangle export = waitFor("#export-csv").getRect();
            assertEquals(previous.getY(), next.getY(), "at a phone's width the previous and next month share a row");
            assertEquals(month.getY() + month.getHeight() / 2, filter.getY() + filter.getHeight() / 2, 2,
                    "the month and its button share the next row");
            assertTrue(month.getY() > previous.getY() && export.getY() > month.getY(), "then the export");
            assertEquals(previous.getX(), month.getX(), "the rows start at one edge");
            assertEquals(previous.getX(), export.getX());
            assertEquals(next.getX() + next.getWidth(), filter.getX() + filter.getWidth(), 2, "and end at the other");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    void settlingTheQuarterFromTheSettlementViewSaysHowManyOrdersWereSettled() {
        IntakeOutcome taken = server.repairRequest(server.unit("1-1001"), Severity.NORMAL, 15_000);
        server.arrive(taken.workOrderId());
        server.complete(taken.workOrderId(), 14_000);
        server.confirmAll(taken.workOrderId());
        UUID contractor = server.components().db().read(c -> WorkOrderRows.byId(c,
                taken.workOrderId())).orElseThrow().contractorId();
        String form = "#settlement form[action='/office/repair/contractors/" + contractor + "/settle'] button";
        browser.open("/office/repair/contractors?quarter=2026-Q4");
        waitFor(form).click();
        browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        String message = text("#settled-message");
        assertTrue(message.contains("京通给排水安装有限公司") && message.contains("2026-Q4"), message);
        assertTrue(!message.contains("新结算 0 张"), message);
        shot("repair-contractors-settled");
        waitFor(form).click();
        browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        browser.waiting().until(d -> d.findElement(By.id("settled-message")).getText().contains("新结算 0 张"));
    }

    @Test
    void aTemplateImportedFromCsvIsPublishedAsVersionTwoAndReachesDevices() throws Exception {
        HttpResponse<byte[]> v1 = download(server.baseUrl() + "/office/repair/templates/FINISHED/v1.csv");
        assertEquals(200, v1.statusCode());
        List<List<String>> rows = new ArrayList<>(Csv.parse(new String(v1.body(), StandardCharsets.UTF_8), 5000));
        int name = TemplateSheet.HEADER.indexOf("item_name_zh");
        List<String> first = new ArrayList<>(rows.get(1));
        first.set(name, "入户门开启与锁具（2026 版交付标准）");
        rows.set(1, first);
        Path file = Files.createTempFile("finished-v2", ".csv");
        Files.writeString(file, Csv.write(rows), StandardCharsets.UTF_8);
        try {
            browser.open("/office/repair/templates");
            new Select(waitFor("#import-form select[name=code]")).selectByValue("FINISHED");
            browser.driver().findElement(By.cssSelector("#import-form input[type=file]")).sendKeys(file.toString());
            browser.driver().findElement(By.id("import-submit")).click();
            assertTrue(text("#draft-items").contains("入户门开启与锁具（2026 版交付标准）"));
            shot("repair-template-draft");
            browser.driver().findElement(By.id("publish")).click();
            browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
            assertTrue(text("#template-message").length() > 0);
            assertTrue(text("#published").contains("v2"));
            shot("repair-templates");
        } finally {
            Files.deleteIfExists(file);
        }
        ApiClient.Session device = new ApiClient(server.baseUrl()).login("inspector", "inspector-phone");
        assertTrue(device.get("/api/v1/reference").body().contains("\"version\":2"), "the reference lists v2");
        ApiClient.Response v2 = device.get("/api/v1/templates/FINISHED/2");
        assertEquals(200, v2.code());
        assertTrue(v2.body().contains("2026 版交付标准"));
        assertEquals(404, device.get("/api/v1/templates/FINISHED/3").code());
    }

    @Test
    void theSameItemFailingInManyUnitsOfABuildingIsListedAsACommonDefect() {
        List<ServerOperations.Draft> drafts = new ArrayList<>();
        for (String number : List.of("2-301", "2-302", "2-401", "2-402", "2-501")) {
            drafts.add(ServerOperations.Draft.of(OperationType.DEFECT_OPENED, UUID.randomUUID(),
                    new DefectOps.Opened(server.unit(number).id(), null, "BATHROOM-1", "B-BATHROOM-PONDING",
                            "闭水试验后楼下渗水", Severity.NORMAL, "WATERPROOFING", "WET_AREA_LEAK", null, List.of(),
                            "业主来电报告，尚未拍照", LocalDate.of(2026, 11, 16))));
        }
        server.clocks().writer().write(ClockTestServer.user("inspector"), drafts);
        browser.open("/office/repair/common-defects");
        String table = text("#common-defects");
        assertTrue(table.contains("2号楼"), table);
        assertTrue(table.contains("5 / 72"), "5 of the building's 72 units: " + table);
        browser.driver().findElement(By.cssSelector("#common-defects a")).click();
        assertTrue(text("#units").contains("2-402"));
        shot("repair-common-defects");
    }

    @Test
    void aFloorPlanUploadedForAUnitTypeIsKeptAsABlobAndNamedByTheUnitType() throws Exception {
        java.awt.image.BufferedImage plan = new java.awt.image.BufferedImage(400, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = plan.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(java.awt.Color.DARK_GRAY);
        g.drawRect(20, 20, 360, 260);
        g.drawLine(200, 20, 200, 280);
        g.dispose();
        Path file = Files.createTempFile("plan-a", ".png");
        javax.imageio.ImageIO.write(plan, "png", file.toFile());
        Path text = Files.createTempFile("not-a-plan", ".png");
        Files.writeString(text, "<svg/>");
        String typeId = null;
        try {
            browser.open("/office/repair/templates");
            WebElement form = waitFor("#floor-plans form");
            typeId = form.getAttribute("action").replaceAll(".*/unit-types/([0-9a-f-]{36})/floor-plan$", "$1");
            String recordPage = recordPageOf(typeId);
            browser.open(recordPage);
            assertTrue(text("#floor-plan-none").contains("还没有户型图"), "no link to a plan that is not there");
            browser.open("/office/repair/templates");
            form = waitFor("#floor-plans form");
            form.findElement(By.cssSelector("input[type=file]")).sendKeys(text.toString());
            form.findElement(By.cssSelector("button")).click();
            assertTrue(text("#template-error").contains("PNG"), "a file that is not an image is refused");

            browser.open("/office/repair/templates");
            form = waitFor("#floor-plans form");
            form.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            WebElement upload = form.findElement(By.cssSelector("button"));
            upload.click();
            browser.awaitGone(upload);
            assertTrue(text("#floor-plans").contains("已上传"));
            shot("repair-floor-plans");
            browser.open(recordPageOf(typeId));
            assertTrue(waitFor("#floor-plan-view").getAttribute("href").endsWith(typeId + "/floor-plan"));
            browser.open("/office/repair/templates");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(text);
        }
        String href = waitFor("#floor-plans a.chip").getAttribute("href");
        HttpResponse<byte[]> image = download(href);
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        ApiClient.Session device = new ApiClient(server.baseUrl()).login("inspector", "inspector-phone");
        String reference = device.get("/api/v1/reference").body();
        assertTrue(reference.contains("floorPlanSha256"), "devices see the unit type's plan");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"floorPlanSha256\":\"([0-9a-f]{64})\"").matcher(reference);
        assertTrue(m.find());
        assertEquals(200, device.get("/api/v1/blobs/" + m.group(1)).code(), "the project's inspector may download it");
    }

    @Test
    void theBoardReadsInEnglishAfterTheLanguageSwitch() {
        browser.open("/office/repair/work-orders?view=ALL");
        browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector(".topbar h1")).getText().equals("Work orders"));
        shot("repair-work-orders-en");
        browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector(".topbar h1")).getText().equals("维修单"));
    }

    /** Every text of the page comes from the bundles (a missing key shows as ??key??); then a screenshot. */
    @Test
    void aFileInputReadsInThePagesLanguageAndNamesTheChosenFileWholeOnAPhone() throws Exception {
        Path file = Files.createTempFile("finished-unit-acceptance-form-2027-edition-", ".csv");
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 900));
            for (String[] words : new String[][] {{"en", "Choose file", "No file chosen"}, {"zh", "选择文件", "未选择文件"}}) {
                browser.open("/office/lang?to=" + words[0] + "&back=/office/repair/templates");
                WebElement pick = waitFor("#import-form .file-pick");
                assertEquals(words[1], pick.findElement(By.cssSelector(".file-pick-button")).getText());
                assertEquals(words[2], pick.findElement(By.cssSelector(".file-pick-name")).getText());
                assertWithinItsForm(pick);
            }
            WebElement input = browser.driver().findElement(By.cssSelector("#import-form input[type=file]"));
            assertEquals(Boolean.TRUE, browser.driver().executeScript(
                    "arguments[0].focus(); return document.activeElement === arguments[0];", input),
                    "the file input itself takes the keyboard's focus");
            input.sendKeys(file.toString());
            WebElement name = browser.driver().findElement(By.cssSelector("#import-form .file-pick-name"));
            browser.waiting().until(d -> name.getText().equals(file.getFileName().toString()));
            assertWithinItsForm(name);
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", name);
            shot("repair-templates-file-chosen-390");
        } finally {
            browser.open("/office/lang?to=zh&back=/office/");
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
            Files.deleteIfExists(file);
        }
    }

    /** On a wide screen each unit type's row keeps its project on one line and its upload button beside the file. */
    @Test
    void theFloorPlanTableKeepsEachRowOnItsLinesOnAWideScreen() {
        try {
            browser.driver().manage().window().setSize(new Dimension(1440, 900));
            for (String lang : List.of("en", "zh")) {
                browser.open("/office/lang?to=" + lang + "&back=/office/repair/templates");
                List<WebElement> rows = browser.driver().findElements(By.cssSelector("#floor-plans tbody tr"));
                assertFalse(rows.isEmpty(), "the demo's unit types are listed");
                for (WebElement row : rows) {
                    Object lines = browser.driver().executeScript("const r = document.createRange();"
                            + " r.selectNodeContents(arguments[0]); return r.getClientRects().length;",
                            row.findElement(By.cssSelector("td")));
                    assertEquals(1L, lines, lang + ": the project's name on one line");
                    Rectangle pick = row.findElement(By.cssSelector(".file-pick-button")).getRect();
                    Rectangle submit = row.findElement(By.cssSelector("button[type=submit]")).getRect();
                    int chooser = pick.getY() + pick.getHeight() / 2;
                    int upload = submit.getY() + submit.getHeight() / 2;
                    assertTrue(Math.abs(chooser - upload) < 8, lang + ": the upload button beside the file, at "
                            + upload + " against " + chooser);
                }
            }
        } finally {
            browser.open("/office/lang?to=zh&back=/office/");
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
        }
    }

    private static void assertWithinItsForm(WebElement element) {
        Rectangle box = element.getRect();
        Rectangle form = browser.driver().findElement(By.id("import-form")).getRect();
        assertTrue(box.getX() >= form.getX() && box.getX() + box.getWidth() <= form.getX() + form.getWidth(),
                element.getText() + " stays inside the form: " + box.getX() + "+" + box.getWidth() + " in "
                        + form.getX() + "+" + form.getWidth());
    }

    private static void shot(String name) {
        String source = browser.driver().getPageSource();
        assertTrue(!source.contains("??"), name + " shows a missing text key");
        browser.screenshot(name);
    }

    private static HttpResponse<byte[]> download(String href) throws Exception {
        String session = browser.driver().manage().getCookieNamed("office_session").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "office_session=" + session)
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The 户型 record page of the demo unit type {@code typeId}. */
    private static String recordPageOf(String typeId) {
        var type = server.demo().unitTypes.stream().filter(t -> t.id().toString().equals(typeId)).findFirst()
                .orElseThrow();
        return "/office/projects/" + server.demo().project.id() + "/records/type?key="
                + java.net.URLEncoder.encode(type.code(), java.nio.charset.StandardCharsets.UTF_8);
    }

}
