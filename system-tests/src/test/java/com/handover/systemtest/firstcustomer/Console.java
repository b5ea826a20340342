package com.handover.systemtest.firstcustomer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Role;
import com.handover.server.office.browser.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The office console in Chromium, used the way its people use it: pages, forms, buttons. */
final class Console implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Browser browser;
    private final String baseUrl;
    private int shots;

    Console(String baseUrl) {
        this.browser = new Browser(baseUrl);
        this.baseUrl = baseUrl;
    }

    void signIn(String username, String password) {
        browser.signIn(username, password);
    }

    void signOut() {
        browser.driver().findElement(By.cssSelector("form[action='/office/logout'] button")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/office/login"));
    }

    String currentPath() {
        return browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    /** Uploads the customer's workbook on the import page; returns what the page says it imported. */
    String importProject(Path file) {
        browser.open("/office/admin/import");
        browser.driver().findElement(By.cssSelector("#import-form input[type=file]")).sendKeys(file.toString());
        browser.driver().findElement(By.cssSelector("#import-form button[type=submit]")).click();
        browser.waiting().until(d -> !d.findElements(By.id("import-done")).isEmpty());
        return text("#import-done");
    }

    void createUser(String username, String displayName, Role role, String password) {
        browser.open("/office/admin");
        WebElement form = browser.driver().findElement(By.id("new-user"));
        form.findElement(By.name("username")).sendKeys(username);
        form.findElement(By.name("displayName")).sendKeys(displayName);
        new Select(form.findElement(By.name("role"))).selectByValue(role.name());
        form.findElement(By.name("password")).sendKeys(password);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("done="));
    }

    void assignToProject(String username, String projectName) {
        browser.open("/office/admin");
        WebElement form = browser.driver().findElement(By.cssSelector("form[action='/office/admin/assignments']"));
        new Select(form.findElement(By.name("username"))).selectByValue(username);
        // The whole project is the option named as the project; its buildings follow it as "project · building".
        new Select(form.findElement(By.name("target"))).selectByVisibleText(projectName);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("done="));
    }

    /** 视同交付: the owner did not come by the notified date; the unit's setup page records it. */
    void recordDeemedHandover(UUID unit) {
        browser.open("/office/units/" + unit + "/setup");
        clickAndWaitForTheNextPage(browser.driver().findElement(By.cssSelector("button[name=action][value=record]")));
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#handover-date, #deemed-error")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("deemed-error")).isEmpty(),
                () -> "the 视同交付 is recorded: " + text("#deemed-error"));
    }

    /** Uploads a 户型's floor plan on the 模板 page, in the row of the unit type named {@code typeName}. */
    void uploadFloorPlan(String typeName, Path image) {
        browser.open("/office/repair/templates");
        WebElement row = browser.driver().findElements(By.cssSelector("#floor-plans tbody tr")).stream()
                .filter(r -> r.findElements(By.tagName("td")).get(1).getText().equals(typeName)).findFirst()
                .orElseThrow(() -> new AssertionError("the 模板 page lists the unit type " + typeName));
        row.findElement(By.cssSelector("input[type=file]")).sendKeys(image.toString());
        clickAndWaitForTheNextPage(row.findElement(By.cssSelector("button")));
    }

    /** The signed inspection's page: returns its text, with the number of pins drawn on the floor plan. */
    String inspectionPage(UUID inspection) {
        browser.open("/office/inspections/" + inspection);
        browser.driver().executeScript("document.getElementById('defects').scrollIntoView()");
        return text("main");
    }

    int pinsOnThePlan() {
        return browser.driver().findElements(By.cssSelector("svg.floor-plan g.pin")).size();
    }

    int markedPhotos() {
        return browser.driver().findElements(By.cssSelector("svg.marked g.markup line")).size();
    }

    /** The signed inspection's printable 验收单: returns its text. */
    String reportPage(UUID inspection) {
        browser.open("/office/inspections/" + inspection + "/report");
        return text(".report-sheet");
    }

    /** 下载 PDF of the inspection's report, with this browser's session. */
    byte[] reportPdf(UUID inspection) throws IOException, InterruptedException {
        String session = browser.driver().manage().getCookieNamed("office_session").getValue();
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/office/inspections/"
                + inspection + "/report.pdf")).header("Cookie", "office_session=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (pdf.statusCode() != 200) {
            throw new AssertionError("下载 PDF answered " + pdf.statusCode());
        }
        return pdf.body();
    }

    String unitPage(UUID unit) {
        browser.open("/office/units/" + unit);
        return text("main");
    }

    /**
     * Sends a handover defect for 整改 from the unit page: the responsible contractor is proposed; the follow-up
     * repairer is chosen by name. Returns the name of the contractor the page proposed.
     */
    String sendForRectification(UUID unit, UUID defect, String assignee) {
        browser.open("/office/units/" + unit);
        browser.driver().findElement(By.cssSelector("a[data-rectify='" + defect + "']")).click();
        browser.waiting().until(d -> !d.findElements(By.id("rectify-form")).isEmpty());
        String contractor = new Select(browser.driver().findElement(By.id("rectify-contractor")))
                .getFirstSelectedOption().getText();
        new Select(browser.driver().findElement(By.id("rectify-assignee"))).selectByValue(assignee);
        screenshot("rectify-form");
        browser.driver().findElement(By.id("rectify-send")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("rectified=1"));
        return contractor;
    }

    /**
     * Takes a call on the intake page; returns the 维修单 it opened, or null when none was needed. {@code kind} is
     * REPAIR or COMPLAINT, {@code urgency} a Severity name, {@code repairer} the person sent (null: decided later).
     */
    UUID takeCall(UUID unit, String kind, String urgency, String room, String warrantyCategory, String description,
                  String estimateYuan, String repairer) {
        browser.open("/office/repair/intake?unit=" + unit);
        browser.waiting().until(d -> !d.findElements(By.id("intake-form")).isEmpty());
        new Select(browser.driver().findElement(By.name("kind"))).selectByValue(kind);
        new Select(browser.driver().findElement(By.name("channel"))).selectByValue("PHONE");
        new Select(browser.driver().findElement(By.name("category"))).selectByValue("HOUSING_QUALITY");
        new Select(browser.driver().findElement(By.name("urgency"))).selectByValue(urgency);
        new Select(browser.driver().findElement(By.name("room"))).selectByValue(room);
        new Select(browser.driver().findElement(By.name("warrantyCategory"))).selectByValue(warrantyCategory);
        browser.driver().findElement(By.name("description")).sendKeys(description);
        browser.driver().findElement(By.name("estimatedCost")).sendKeys(estimateYuan);
        if (repairer != null) {
            new Select(browser.driver().findElement(By.name("assignee"))).selectByValue(repairer);
        }
        browser.driver().findElement(By.id("take-request")).click();
        browser.waiting().until(d -> !d.findElements(By.id("taken")).isEmpty());
        screenshot("intake-" + urgency.toLowerCase());
        var link = browser.driver().findElements(By.cssSelector("a[href^='/office/repair/work-orders/']"));
        return link.isEmpty() ? null
                : UUID.fromString(link.get(0).getAttribute("href").replaceFirst(".*/work-orders/", ""));
    }

    String complaintPanel(String id) {
        return text("#" + id);
    }

    /** The work-order page's assignment: the repairer who follows the order up, by name. */
    void assignRepairer(UUID order, String assignee) {
        browser.open("/office/repair/work-orders/" + order);
        WebElement form = browser.driver().findElement(By.cssSelector("form[action$='/assign']"));
        new Select(form.findElement(By.name("assignee"))).selectByValue(assignee);
        clickAndWaitForTheNextPage(form.findElement(By.cssSelector("button[type=submit]")));
    }

    /** What the work-order page says is deducted from the contractor's 质保金 for a self-repair. */
    String chargeback(UUID order) {
        browser.open("/office/repair/work-orders/" + order);
        return text("#chargeback");
    }

    String workOrderPage(UUID order) {
        browser.open("/office/repair/work-orders/" + order);
        return text("main");
    }

    /** A confirming party's 签认: tick the order on the 签认 page, sign once on the pad, submit. */
    String confirmOnTheSigningPage(UUID order) {
        browser.open("/office/repair/confirmations");
        browser.driver().findElement(By.cssSelector("input[name=order][value='" + order + "']")).click();
        WebElement pad = browser.driver().findElement(By.cssSelector("canvas.signature-pad"));
        new Actions(browser.driver()).moveToElement(pad, -120, -20).clickAndHold().moveByOffset(60, 30)
                .moveByOffset(60, -25).moveByOffset(50, 20).release().perform();
        browser.driver().findElement(By.id("confirm-submit")).click();
        browser.waiting().until(d -> !d.findElements(By.id("confirm-message")).isEmpty());
        return text("#confirm-message");
    }

    /** Settles a contractor's quarter from the 质保金 scorecard; returns the page's message. */
    String settle(UUID contractor, String quarter) {
        browser.open("/office/repair/contractors?quarter=" + quarter);
        browser.driver().findElement(By.cssSelector("form[action='/office/repair/contractors/" + contractor
                + "/settle'] button")).click();
        browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        browser.waiting().until(d -> !d.findElements(By.id("settled-message")).isEmpty());
        return text("#settled-message");
    }

    String contractorsPage(String quarter) {
        browser.open("/office/repair/contractors?quarter=" + quarter);
        return text("main");
    }

    /** Records the 回访 of a confirmed repair from the list of visits due. */
    void recordReturnVisit(UUID order, int satisfaction, String note) {
        browser.open("/office/repair/revisits");
        WebElement form = browser.driver().findElement(By.cssSelector("form[action='/office/repair/revisits/"
                + order + "']"));
        new Select(form.findElement(By.name("satisfaction"))).selectByValue(Integer.toString(satisfaction));
        form.findElement(By.name("note")).sendKeys(note);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(d -> d.findElements(By.cssSelector("form[action='/office/repair/revisits/"
                + order + "']")).isEmpty());
    }

    /** Submits a form that answers with a page like the one it is on: waits until that page has replaced it. */
    private void clickAndWaitForTheNextPage(WebElement submit) {
        submit.click();
        browser.awaitGone(submit);
    }

    String text(String css) {
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getText();
    }

    void screenshot(String name) {
        browser.screenshot(String.format("first-customer-%02d-%s", ++shots, name));
    }

    @Override
    public void close() {
        browser.close();
    }
}
