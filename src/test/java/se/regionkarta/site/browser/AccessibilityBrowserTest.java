package se.regionkarta.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.regionkarta.web.TestServer;

/**
 * Every kind of page in real Chromium, checked with axe-core against WCAG 2.1 A and AA (and axe's
 * best practices): a single violation fails the test and is printed.
 */
class AccessibilityBrowserTest {

    /** A real store, so that the pages also show who recorded each fact (issue 5). */
    @TempDir
    static Path home;

    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.startWithStore(home);
        browser = Browser.start();
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

    static Stream<String> pages() {
        return Stream.of(
                "/", "/region/kalmar", "/region/kalmar/organisation", "/region/kalmar/organisation?visa=alla",
                "/enhet/kalmar.hsf", "/enhet/kalmar.oskarshamns-sjukhus", "/region/kalmar/politik?asOf=2025-06-01",
                "/region/kalmar/politik", "/region/halland", "/region/stockholm/politik", "/region/landstinget-kalmar",
                "/sjukvardsregion/sydostra", "/sjukvardsregion/sodra", "/kallor", "/kallor/kalmar-deck", "/konflikter",
                "/sok?q=Oskarshamns+sjukhus", "/sok", "/tillganglighet", "/api", "/finns/inte", "/enhet/finns-inte",
                "/region/kalmar?asOf=2025-13-45", "/val", "/val/namnd",
                "/?lang=en", "/enhet/kalmar.hsf?lang=en", "/region/kalmar?lang=en",
                "/region/kalmar/politik?lang=en&asOf=2025-06-01", "/konflikter?lang=en", "/tillganglighet?lang=en", "/val?lang=en",
                // history (issue 5): lineage drawings, events, the changes page and its error, pages as of a day
                "/region/kalmar/forandringar", "/region/kalmar/forandringar?fran=2018-06-01&till=2025-06-01",
                "/region/kalmar/forandringar?fran=2018-06-01&till=2025-06-01&lang=en", "/region/kalmar/forandringar?fran=2025&till=2019",
                "/region/halland/forandringar?fran=2022-06-01&till=2023-06-01", "/enhet/halland.hallandstrafiken",
                "/enhet/halland.hallandstrafiken-ab?lang=en", "/region/landstinget-kalmar?asOf=2018-06-01",
                "/region/kalmar?asOf=2018-06-01", "/region/kalmar/organisation?asOf=2018-06-01", "/enhet/kalmar",
                // cooperation (issue 6): composition checks, chair and secretariat, decisions, the settlement calculator
                "/sjukvardsregion/sydostra?lang=en", "/sjukvardsregion/sydostra?asOf=2023-06-01", "/sjukvardsregion/mellansverige",
                "/sjukvardsregion/vastra", "/sjukvardsregion/avrakning", "/sjukvardsregion/avrakning?lang=en",
                "/kallor/regionkalmar-vg-patientavgifter");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @DisplayName("has no axe-core violation")
    void noViolations(String path) {
        browser.driver.get(server.url(path));
        String violations = browser.axeViolations();
        assertThat(violations).as("axe-core violations on " + path + ":\n" + violations).isEqualTo("[]");
    }

    @Test
    @DisplayName("the election calculator's result (seat diagram, tables, comparison figures unfolded) has no axe-core violation")
    void electionResult() {
        browser.driver.get(server.url("/val"));
        browser.driver.findElement(By.id("compute")).click();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        browser.js().executeScript("document.querySelectorAll('details.figures').forEach(d => d.open = true);");
        String violations = browser.axeViolations();
        assertThat(violations).as("axe-core violations on the election result:\n" + violations).isEqualTo("[]");
        assertThat(browser.driver.findElements(By.cssSelector("#result circle.seat"))).hasSize(101);
    }

    @Test
    @DisplayName("the committee calculator's result, and its problems shown beside the form, have no axe-core violation")
    void committeeResultAndProblems() {
        browser.driver.get(server.url("/val/namnd?lang=en"));
        browser.driver.findElement(By.id("compute")).click();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        String result = browser.axeViolations();
        assertThat(result).as("axe-core violations on the committee result:\n" + result).isEqualTo("[]");
        browser.driver.get(server.url("/val"));
        browser.js().executeScript("document.getElementById('votes').value = 'valkrets,rostberattigade,fasta_mandat,party,votes\\nK,1,,S,-1\\n';"
                + "document.getElementById('seats').value = '1';");
        browser.driver.findElement(By.id("compute")).click();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        String problems = browser.axeViolations();
        assertThat(problems).as("axe-core violations with problems shown:\n" + problems).isEqualTo("[]");
    }

    @Test
    @DisplayName("the settlement calculator's result, and its problems shown beside the form, have no axe-core violation")
    void settlementResultAndProblems() {
        for (String path : List.of("/sjukvardsregion/avrakning", "/sjukvardsregion/avrakning?lang=en")) {
            browser.driver.get(server.url(path));
            browser.driver.findElement(By.id("compute")).click();
            new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("unpriced")));
            String result = browser.axeViolations();
            assertThat(result).as("axe-core violations on the settlement result of " + path + ":\n" + result).isEqualTo("[]");
        }
        browser.driver.get(server.url("/sjukvardsregion/avrakning"));
        browser.js().executeScript("document.getElementById('prices').value = 'valid_from,valid_until,kind,code,price_sek\\n"
                + "2025-01-01,,visit,,x\\n';");
        browser.driver.findElement(By.id("compute")).click();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary a[href='#prices']")));
        String problems = browser.axeViolations();
        assertThat(problems).as("axe-core violations with settlement problems shown:\n" + problems).isEqualTo("[]");
    }

    @Test
    @DisplayName("the search box with its suggestions open has no axe-core violation")
    void suggestionsOpen() {
        browser.driver.get(server.url("/"));
        browser.driver.findElement(By.id("q")).sendKeys("oskarsh");
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q-suggestions [role=option]")));
        String violations = browser.axeViolations();
        assertThat(violations).as("axe-core violations with suggestions open:\n" + violations).isEqualTo("[]");
        assertThat(browser.driver.findElement(By.id("q")).getAttribute("aria-expanded")).isEqualTo("true");
    }
}
