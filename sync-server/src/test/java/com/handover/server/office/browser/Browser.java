package com.handover.server.office.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by chromedriver at fixed paths (so Selenium Manager never downloads
 * anything), in a 1366x768 window with a throwaway profile. Screenshots go to {@code <build dir>/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("console-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=zh-CN",
                "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /**
     * Skips the calling test when Chromium or chromedriver is missing, except under CI, where they must be there
     * (`.ci/run` installs them) and their absence fails the test.
     */
    public static void requireOrSkip() {
        if (available()) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium and chromedriver must be installed in CI"
                    + " (apt-get install -y chromium chromium-driver fonts-wqy-microhei)");
        }
        Assumptions.abort("Chromium/chromedriver not installed: browser tests skipped outside CI");
    }

    /** Whether Chromium and chromedriver are installed (CI installs them; see .ci/run). */
    public static boolean available() {
        return Files.isExecutable(Path.of(CHROMEDRIVER)) && Files.isExecutable(Path.of(CHROMIUM));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /**
     * Waits until the element has left the page (a form sent and its answer shown). While the page is being
     * replaced, Chromium may answer a question about the element with a generic error ("does not belong to the
     * document") instead of calling it stale; the wait then asks again.
     */
    public void awaitGone(WebElement element) {
        waiting().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(element));
    }

    public void signIn(String username, String password) {
        open("/office/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/office/login"));
    }

    /** Saves a screenshot of the viewport as {@code <build dir>/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("handover.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver raw() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Chromium may still be removing its own files; the folder is temporary.
        }
    }
}
