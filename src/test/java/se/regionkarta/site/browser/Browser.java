package se.regionkarta.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by
 * Selenium, with axe-core at hand. Nothing is downloaded: the driver and the browser are given by
 * path, so Selenium Manager never runs. A missing browser or axe-core fails the tests, never skips
 * them: CI installs both (.ci/run).
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /**
     * Quiets Selenium's warning that it has no DevTools bindings for this Chromium version: the
     * tests use only WebDriver and plain CDP commands, which need none. Held here so the setting stays.
     */
    private static final java.util.logging.Logger CDP_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    final ChromeDriver driver;
    private final Path profile;
    private final String axe;

    private Browser(ChromeDriver driver, Path profile, String axe) {
        this.driver = driver;
        this.profile = profile;
        this.axe = axe;
    }

    /** Starts Chromium with a fresh profile; fails when Chromium, its driver or axe-core is missing. */
    static Browser start() {
        assertThat(new File(CHROMIUM)).as("Chromium (apt-get install chromium chromium-driver)").canRead();
        assertThat(new File(CHROMEDRIVER).canExecute()).as(CHROMEDRIVER + " (apt-get install chromium-driver)").isTrue();
        String axePath = System.getProperty("axe.path");
        assertThat(axePath).as("system property axe.path (set by surefire in pom.xml)").isNotBlank();
        assertThat(new File(axePath)).as("axe-core (npm ci --prefix e2e)").canRead();
        try {
            Path profile = Files.createTempDirectory("regionkarta-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=sv-SE", "--force-device-scale-factor=1");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile, Files.readString(Path.of(axePath)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    JavascriptExecutor js() {
        return driver;
    }

    /** Waits up to ten seconds for an element to be on the page. */
    void waitFor(By what) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    /** Shows pages as a 390 px wide phone does, until {@link #atDesktopWidth()}. */
    void atPhoneWidth() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    void atDesktopWidth() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Asserts that the page open now does not scroll sideways. */
    void assertFits(String what) {
        Object overflow = js().executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + what).isLessThanOrEqualTo(0);
    }

    /** Asserts that axe-core finds nothing on the page open now. */
    void assertNoViolations(String what) {
        String violations = axeViolations();
        assertThat(violations).as("axe-core violations on " + what + ":\n" + violations).isEqualTo("[]");
    }

    /**
     * Runs axe-core on the page open now, on the WCAG 2.0 and 2.1 A and AA rules and axe's best
     * practices, and returns the violations as JSON ("[]" when there are none).
     */
    String axeViolations() {
        js().executeScript(axe);
        Object result = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},"
                + " resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.map(n => ({target: n.target, html: n.html.slice(0, 200), summary: n.failureSummary}))})), null, 1)))"
                + ".catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e)}])));");
        return String.valueOf(result);
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
