package com.handover.server.office.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Role;
import com.handover.model.json.BundledChecklists;
import com.handover.model.site.Unit;
import com.handover.model.warranty.ProjectWarrantySettings;
import com.handover.model.warranty.SeasonWindow;
import com.handover.server.Components;
import com.handover.server.HandoverServer;
import com.handover.server.clock.Clocks;
import com.handover.server.config.Limits;
import com.handover.server.config.ServerConfig;
import com.handover.server.office.OfficeConsole;
import com.handover.server.setup.Accounts;
import com.handover.server.setup.imports.ProjectImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The imported records one by one: an administrator's bad edits are refused field by field with the import's
 * messages and store nothing; a good edit keeps the unit's id and shows on the unit page; office staff only view.
 */
class RecordPagesBrowserTest {

    private static final String PASSWORD = "Records-Test-2026";

    @Test
    void anAdministratorEditsOneRecordAtATime() throws Exception {
        Browser.requireOrSkip();
        Path dir = Files.createTempDirectory("handover-records-browser");
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dir, null, "server", false, Limits.defaults());
        try (HandoverServer server = HandoverServer.builder(config).routes(Clocks::new).routes(OfficeConsole::new).start();
             Browser browser = new Browser("http://127.0.0.1:" + server.port())) {
            Components c = server.components();
            var summary = new ProjectImport(c, BundledChecklists.catalog().vocabulary())
                    .importBytes(Files.readAllBytes(Path.of("src/test/resources/setup/two-buildings.csv")));
            Accounts accounts = new Accounts(c);
            assertTrue(accounts.create(new Accounts.NewAccount("chen", "陈主管", Role.ADMIN, PASSWORD)).isEmpty());
            assertTrue(accounts.create(new Accounts.NewAccount("wang", "王客服", Role.OFFICE, PASSWORD)).isEmpty());
            UUID project = summary.projectId();
            Unit before = unit(c, project, "1-101");

            browser.signIn("chen", PASSWORD);
            browser.open("/office/projects/" + project);
            browser.driver().findElement(By.id("project-records")).click();
            browser.waiting().until(d -> !d.findElements(By.id("records-units")).isEmpty());
            shots(browser, "records-project");

            browser.open("/office/units/" + before.id());
            browser.driver().findElement(By.id("unit-record")).click();
            browser.waiting().until(d -> !d.findElements(By.id("record-form")).isEmpty());
            fill(browser, "f-0", "99");
            fill(browser, "f-4", "abc");
            fill(browser, "f-5", "2026-13-01");
            browser.driver().findElement(By.id("record-save")).click();
            browser.waiting().until(d -> !d.findElements(By.id("record-errors")).isEmpty());
            assertEquals("楼层 99 超出该楼栋的 6 层。", text(browser, "err-0"));
            assertEquals("「abc」不是电话号码。", text(browser, "err-4"));
            assertEquals("「2026-13-01」不是日期，应写作 2026-06-30。", text(browser, "err-5"));
            assertEquals(before, unit(c, project, "1-101"), "a refused edit stores nothing");
            shots(browser, "record-unit-refused");

            fill(browser, "f-0", "1");
            fill(browser, "f-3", "钱多多");
            fill(browser, "f-4", "13900000099");
            fill(browser, "f-5", "2026-07-01");
            browser.driver().findElement(By.id("record-save")).click();
            browser.waiting().until(d -> !d.findElements(By.id("record-saved")).isEmpty());
            Unit after = unit(c, project, "1-101");
            assertEquals(before.id(), after.id(), "the unit keeps its id, so its history stays attached");
            assertEquals("钱多多", after.ownerName());
            assertEquals(12, c.db().read(conn -> c.sites().units(conn, project)).size(), "no unit added or lost");
            var toUnit = browser.driver().findElement(By.id("to-unit"));
            toUnit.click();
            browser.awaitGone(toUnit);
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/office/units/" + after.id()));
            assertTrue(browser.driver().getPageSource().contains("钱多多"));
            assertTrue(browser.driver().getPageSource().contains("13900000099"));

            String storedBefore = periodText(c, project);
            browser.open("/office/projects/" + project + "/records");
            fill(browser, "p-ROOF_WATERPROOF", "3年");
            browser.driver().findElement(By.id("periods-save")).click();
            browser.waiting().until(d -> !d.findElements(By.id("records-errors")).isEmpty());
            String page = browser.driver().findElement(By.id("records-periods")).getText();
            assertTrue(page.contains("第四十条第（二）项"), "the refusal cites the article: " + page);
            assertEquals(storedBefore, periodText(c, project), "nothing stored");
            shots(browser, "records-period-refused");
            fill(browser, "p-ROOF_WATERPROOF", "8年");
            browser.driver().findElement(By.id("periods-save")).click();
            browser.waiting().until(d -> !d.findElements(By.id("records-saved")).isEmpty());
            assertEquals("8年", periodText(c, project));

            browser.driver().findElement(By.id("edit-project")).click();
            browser.waiting().until(d -> !d.findElements(By.id("record-form")).isEmpty());
            fill(browser, "f-3", "11-01至03-31");
            fill(browser, "f-4", "夏天");
            browser.driver().findElement(By.id("record-save")).click();
            browser.waiting().until(d -> !d.findElements(By.id("record-errors")).isEmpty());
            assertEquals("「夏天」不是采暖期或供冷期，应写作 11-15至03-15（开始月-日至结束月-日）。", text(browser, "err-4"));
            assertEquals(null, seasons(c, project).heatingSeason(), "a refused edit stores nothing");
            fill(browser, "f-4", "");
            browser.driver().findElement(By.id("record-save")).click();
            browser.waiting().until(d -> !d.findElements(By.id("record-saved")).isEmpty());
            assertEquals(SeasonWindow.of(11, 1, 3, 31), seasons(c, project).heatingSeason());
            browser.open("/office/projects/" + project + "/setup");
            String seasons = text(browser, "setup-seasons");
            assertTrue(seasons.contains("11-01 至 03-31") && seasons.contains("项目设定"), seasons);
            shots(browser, "setup-project-seasons");

            browser.open("/office/lang?to=en&back=/office/projects/" + project + "/records");
            String english = text(browser, "records-periods");
            assertTrue(english.contains("statutory minimum: 5 years")
                    && english.contains("statutory minimum: 2 heating seasons")
                    && english.contains("statutory minimum: the design service life"), english);
            fill(browser, "p-ROOF_WATERPROOF", "6 years");
            browser.driver().findElement(By.id("periods-save")).click();
            browser.waiting().until(d -> !d.findElements(By.id("records-saved")).isEmpty());
            assertEquals("6年", periodText(c, project), "a period written in English is taken");
            browser.open("/office/projects/" + project + "/setup");
            String agreed = text(browser, "setup-periods");
            assertTrue(agreed.contains("6 years") && !agreed.contains("年"), agreed);
            browser.open("/office/lang?to=zh&back=/office/projects/" + project + "/setup");
            assertTrue(text(browser, "setup-periods").contains("6年"), text(browser, "setup-periods"));

            browser.driver().manage().deleteAllCookies();
            browser.signIn("wang", PASSWORD);
            browser.open("/office/units/" + before.id());
            browser.driver().findElement(By.id("unit-record")).click();
            browser.waiting().until(d -> !d.findElements(By.id("record-values")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("record-save")).isEmpty(), "office staff only view");
            assertReadOnlyWithTheNoteFirst(browser, "record-edit");
            assertTrue(text(browser, "record-values").contains(after.number()), text(browser, "record-values"));
            browser.open("/office/projects/" + project + "/records");
            assertReadOnlyWithTheNoteFirst(browser, "records-periods");
            shots(browser, "records-office-view");
        }
    }

    /** Office staff read the values as text, told first that only an administrator may change them. */
    private static void assertReadOnlyWithTheNoteFirst(Browser browser, String section) {
        WebElement note = browser.driver().findElement(By.id("admin-only"));
        assertEquals("只有管理员可以修改。", note.getText());
        WebElement values = browser.driver().findElement(By.id(section));
        assertTrue(note.getLocation().getY() < values.getLocation().getY(), "the note comes before the values");
        assertTrue(values.findElements(By.cssSelector("input:not([type=hidden]), select, textarea")).isEmpty(),
                "no field that looks editable");
    }

    private static String periodText(Components c, UUID project) {
        var p = c.db().read(conn -> c.sites().warrantySettings(conn, project)).agreedContractorPeriods()
                .get("ROOF_WATERPROOF");
        return p == null ? null : p.amount() + "年";
    }

    private static ProjectWarrantySettings seasons(Components c, UUID project) {
        return c.db().read(conn -> c.sites().warrantySettings(conn, project));
    }

    private static Unit unit(Components c, UUID project, String number) {
        List<Unit> units = c.db().read(conn -> c.sites().units(conn, project));
        return units.stream().filter(u -> u.number().equals(number)).findFirst().orElseThrow();
    }

    private static void fill(Browser browser, String id, String value) {
        WebElement e = browser.driver().findElement(By.name(id));
        e.clear();
        e.sendKeys(value);
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private static void shots(Browser browser, String name) {
        for (int width : new int[] {1440, 390}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            browser.screenshot(name + "-" + width);
        }
        browser.driver().manage().window().setSize(new Dimension(1440, 900));
    }
}
