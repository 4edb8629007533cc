package org.newskg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.export.ExportFixtures;
import org.newskg.export.Subset;
import org.newskg.store.TdbStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The html export and newskg serve's page in Debian's headless Chromium (packages chromium and
 * chromium-driver; skipped when absent): the graph renders, searching a label selects its node and
 * shows its facts with evidence, nothing is logged as an error, no request leaves the machine, and
 * hostile labels run nothing. Screenshots land in target/browser-it/.
 */
class GraphPagesBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/browser-it");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static TdbStore store;
    static TdbStore hostile;
    WebDriver driver;

    @BeforeAll
    static void stores() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver at /usr/bin");
        Files.createDirectories(SHOTS);
        store = ExportFixtures.store(dir.resolve("store"), "fixture.trig");
        hostile = ExportFixtures.store(dir.resolve("hostile"), "hostile.trig");
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
            hostile.close();
        }
    }

    @BeforeEach
    void browser() throws Exception {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void htmlExportRendersSearchesAndShowsEvidenceOffline() throws Exception {
        Path page = write("graph.html", ExportFixtures.export(store, "html", Subset.ALL));
        driver.get(page.toUri().toString());
        waitReady();
        assertEquals("10 entities, 12 relations", driver.findElement(By.id("stats")).getText());
        search("vladimir");
        waitHeading("Vladimir Putin");
        String panel = driver.findElement(By.id("panel")).getText();
        assertTrue(panel.contains("Russian President Vladimir Putin arrived."), panel);
        assertTrue(panel.contains("leaderOf Russia (2 articles)"), panel);
        shot("html-export.png");
        assertClean(Set.of());
    }

    @Test
    void hostileLabelsRunNothing() throws Exception {
        Path page = write("hostile.html", ExportFixtures.export(hostile, "html", Subset.ALL));
        driver.get(page.toUri().toString());
        waitReady();
        search("script");
        waitHeading("</script><script>window.__pwned=1</script>");
        assertEquals("undefined", ((JavascriptExecutor) driver).executeScript("return typeof window.__pwned;"));
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(0, ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('img, iframe, object, embed, script[src]').length;")).intValue());
        shot("html-export-hostile.png");
        assertClean(Set.of());
    }

    @Test
    void servedPageFindsAnEntityAndShowsItsGraph() throws Exception {
        try (GraphServer server = GraphServer.start(store, new ServeOptions("localhost", 0, false, 10))) {
            driver.get("http://localhost:" + server.port() + "/");
            waitReady();
            search("Mark Rut");
            waitHeading("Mark Rutte");
            String panel = driver.findElement(By.id("panel")).getText();
            assertTrue(panel.contains("NATO's Mark Rutte warned Russia."), panel);
            assertEquals("3 entities, 2 relations", driver.findElement(By.id("stats")).getText());
            shot("served-page.png");
            assertClean(Set.of("localhost:" + server.port()));
        }
    }

    private Path write(String name, String html) throws Exception {
        Path p = SHOTS.resolve(name).toAbsolutePath();
        Files.writeString(p, html);
        return p;
    }

    private void waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    private void search(String text) {
        var box = driver.findElement(By.id("search"));
        box.clear();
        box.sendKeys(text);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#matches li button")));
        box.sendKeys(Keys.ENTER);
    }

    private void waitHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.cssSelector("#panel h2"), text));
    }

    private void shot(String name) throws Exception {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * No console error, and no network request (http, https, ws, ftp) to anything but the allowed
     * local hosts; browser-internal schemes (file, data, blob, about, chrome) do not leave the machine.
     */
    private void assertClean(Set<String> localHosts) throws Exception {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors, "console errors");
        List<String> outside = new ArrayList<>();
        int requests = 0;
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode m = JSON.readTree(e.getMessage()).path("message");
            if (!m.path("method").asText().equals("Network.requestWillBeSent")) {
                continue;
            }
            requests++;
            String url = m.path("params").path("request").path("url").asText();
            URI u = URI.create(url.replace(" ", "%20"));
            String scheme = String.valueOf(u.getScheme());
            boolean network = Set.of("http", "https", "ws", "wss", "ftp").contains(scheme);
            boolean local = !network || localHosts.contains(u.getHost() + ":" + u.getPort());
            if (!local) {
                outside.add(url);
            }
        }
        assertTrue(requests > 0, "the performance log recorded the page's requests");
        assertEquals(List.of(), outside, "requests outside this machine");
    }
}
