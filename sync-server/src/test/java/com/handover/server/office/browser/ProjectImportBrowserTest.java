package com.handover.server.office.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.HandoverServer;
import com.handover.server.auth.PasswordHasher;
import com.handover.server.clock.Clocks;
import com.handover.server.config.Limits;
import com.handover.server.config.ServerConfig;
import com.handover.server.office.OfficeConsole;
import com.handover.server.setup.FirstAdmin;
import com.handover.server.store.jdbc.JdbcAccountStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A customer's first day on an empty server (no demo data): the first administrator, created as the
 * create-admin command does, uploads the two-building fixture workbook on the import page and then finds the
 * project, its units and its contractors in the console.
 */
class ProjectImportBrowserTest {

    private static final String PASSWORD = "First-Admin-2026";

    @Test
    void anEmptyServerGetsItsProjectFromTheImportPage() throws Exception {
        Browser.requireOrSkip();
        Path dir = Files.createTempDirectory("handover-import-browser");
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dir, null, "server", false, Limits.defaults());
        try (HandoverServer server = HandoverServer.builder(config).routes(Clocks::new).routes(OfficeConsole::new).start();
             Browser browser = new Browser("http://127.0.0.1:" + server.port())) {
            var c = server.components();
            assertEquals(0, c.db().read(conn -> c.sites().projects(conn)).size(), "the server starts empty");
            assertTrue(new FirstAdmin(c.db(), new JdbcAccountStore(), new PasswordHasher(), Clock.systemUTC())
                    .create("chen", "陈主管", PASSWORD, false).isEmpty());
            browser.signIn("chen", PASSWORD);
            browser.open("/office/admin/import");
            Path fixture = Path.of("src/test/resources/setup/two-buildings.xlsx").toAbsolutePath();
            browser.driver().findElement(By.cssSelector("#import-form input[type=file]")).sendKeys(fixture.toString());
            browser.driver().findElement(By.cssSelector("#import-form button[type=submit]")).click();
            browser.waiting().until(d -> !d.findElements(By.id("import-done")).isEmpty());
            String done = browser.driver().findElement(By.id("import-done")).getText();
            assertTrue(done.contains("示例花园") && done.contains("12"), done);
            browser.screenshot("project-import-done");

            browser.driver().findElement(By.cssSelector("#import-done a")).click();
            browser.waiting().until(d -> d.getPageSource().contains("1号楼"));
            String project = browser.driver().getPageSource();
            assertTrue(project.contains("2号楼"), "both buildings are on the project page");

            browser.open("/office/repair/contractors");
            String contractors = browser.driver().getPageSource();
            for (String name : new String[] {"北京城建土建工程有限公司", "京通给排水安装有限公司", "美窗门窗幕墙有限公司",
                    "精工装饰工程有限公司"}) {
                assertTrue(contractors.contains(name), name + " is listed");
            }
            assertEquals(12, c.db().read(conn -> c.sites().units(conn, c.sites().projects(conn).get(0).id())).size());
        }
    }
}
