package se.regionkarta.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import se.regionkarta.carechoice.site.CareChoiceTestData;
import se.regionkarta.web.TestServer;

/**
 * Care choice in real Chromium (issue 7): the acceptance line "for the bundled Kalmar data, the web
 * page shows the three schemes with own/private provider counts matching the documents, computed
 * from the units", read from the rendered pages; the counts following the units when one is taken
 * out; axe-core on every care-choice page; and the scheme page walked with the keyboard.
 */
class CareChoiceBrowserTest {

    private static final Map<String, int[]> DECK = Map.of("kalmar.halsoval", new int[] {26, 12},
            "kalmar.vardval-psykisk-halsa", new int[] {1, 8}, "kalmar.vardval-tandvard", new int[] {17, 13});

    private static TestServer server;
    private static TestServer changed;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        changed = TestServer.start(CareChoiceTestData.without(TestServer.BUNDLED, CareChoiceTestData.STENSO));
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
        if (changed != null) {
            changed.close();
        }
    }

    /** Reads the counts tables of the page open now: "scheme/ownership" (or "ownership") to counted, stated and the verdict. */
    private static Map<String, List<String>> counts() {
        Map<String, List<String>> counts = new LinkedHashMap<>();
        for (WebElement row : browser.driver.findElements(By.cssSelector("table.carechoice-counts tr[data-ownership]"))) {
            String scheme = row.getAttribute("data-scheme");
            List<WebElement> stated = row.findElements(By.cssSelector(".stated"));
            counts.put((scheme == null ? "" : scheme + "/") + row.getAttribute("data-ownership"),
                    List.of(row.findElement(By.cssSelector(".counted")).getText(), stated.isEmpty() ? "" : stated.get(0).getText(),
                            row.findElement(By.cssSelector(".verdict")).getText()));
        }
        return counts;
    }

    @Test
    @DisplayName("the region page shows 26/12, 1/8 and 17/13 counted from the units, each agreeing with the deck")
    void regionPage() {
        browser.driver.get(server.url("/region/kalmar"));
        Map<String, List<String>> counts = counts();
        assertThat(counts).hasSize(6);
        DECK.forEach((scheme, n) -> {
            assertThat(counts.get(scheme + "/region-run")).containsExactly(String.valueOf(n[0]), String.valueOf(n[0]), "stämmer med källan");
            assertThat(counts.get(scheme + "/private")).containsExactly(String.valueOf(n[1]), String.valueOf(n[1]), "stämmer med källan");
        });
        List<String> bars = browser.driver.findElements(By.cssSelector("#vardval svg text.bar-label")).stream()
                .map(WebElement::getText).toList();
        assertThat(bars).containsExactly("egen regi: 26 (källan: 26)", "privat vårdgivare: 12 (källan: 12)", "egen regi: 1 (källan: 1)",
                "privat vårdgivare: 8 (källan: 8)", "egen regi: 17 (källan: 17)", "privat vårdgivare: 13 (källan: 13)");
    }

    @Test
    @DisplayName("each scheme page shows its counts from the units and lists as many provider units, each linking to its unit page")
    void schemePages() {
        DECK.forEach((scheme, n) -> {
            browser.driver.get(server.url("/vardval/" + scheme));
            Map<String, List<String>> counts = counts();
            assertThat(counts.get("region-run")).containsExactly(String.valueOf(n[0]), String.valueOf(n[0]), "stämmer med källan");
            assertThat(counts.get("private")).containsExactly(String.valueOf(n[1]), String.valueOf(n[1]), "stämmer med källan");
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#vardgivare tbody tr"));
            assertThat(rows).hasSize(n[0] + n[1]);
            rows.forEach(r -> assertThat(r.findElement(By.cssSelector("th a")).getAttribute("href")).contains("/enhet/" + r.getAttribute("id")));
        });
    }

    @Test
    @DisplayName("with Stensö taken out of Hälsoval the pages count 25 region-run units against the deck's 26 and say they differ")
    void countsFollowTheUnits() {
        browser.driver.get(changed.url("/region/kalmar"));
        assertThat(counts().get("kalmar.halsoval/region-run")).containsExactly("25", "26", "skiljer sig från källan (-1)");
        assertThat(counts().get("kalmar.vardval-tandvard/region-run")).containsExactly("17", "17", "stämmer med källan");
        browser.driver.get(changed.url("/vardval/kalmar.halsoval"));
        assertThat(counts().get("region-run")).containsExactly("25", "26", "skiljer sig från källan (-1)");
        assertThat(browser.driver.findElement(By.cssSelector(".verdict-summary")).getText()).contains("skiljer sig från källan");
        browser.driver.get(changed.url("/konflikter"));
        assertThat(browser.driver.findElement(By.id("carechoice-h")).getText()).endsWith("(1)");
        String violations = browser.axeViolations();
        assertThat(violations).as("axe-core violations on the conflicts page with a scheme:\n" + violations).isEqualTo("[]");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/vardval/kalmar.halsoval", "/vardval/kalmar.halsoval?lang=en", "/vardval/kalmar.vardval-tandvard?month=2025-03",
        "/vardval/kalmar.vardval-psykisk-halsa?asOf=2012-06-01", "/vardval/kalmar.vardval-tandvard?lang=en&asOf=2018-06-01",
        "/vardval/halland.vardval", "/vardval/finns-inte", "/vardval/kalmar.halsoval?month=mars", "/konflikter"})
    @DisplayName("has no axe-core violation")
    void noViolations(String path) {
        browser.driver.get(server.url(path));
        String violations = browser.axeViolations();
        assertThat(violations).as("axe-core violations on " + path + ":\n" + violations).isEqualTo("[]");
    }

    @Test
    @DisplayName("the example's chart has twelve columns of two parts and a table with the same months; a picture goes to target/screenshots/")
    void exampleChart() throws IOException {
        browser.driver.get(server.url("/vardval/kalmar.halsoval?month=2025-06"));
        WebElement figure = browser.driver.findElement(By.cssSelector("#exempel figure.chart"));
        assertThat(figure.findElements(By.cssSelector("svg rect.bar-own"))).hasSize(12 + 1); // the legend's swatch too
        assertThat(figure.findElements(By.cssSelector("svg[role=img] > rect.bar-private"))).hasSize(12);
        assertThat(browser.driver.findElements(By.cssSelector("table.example-months tbody tr"))).hasSize(12);
        assertThat(browser.driver.findElement(By.cssSelector("table.example-months a[aria-current=true]")).getText()).isEqualTo("juni 2025");
        browser.js().executeScript("arguments[0].scrollIntoView({block: 'start'});", figure);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        byte[] png = figure.getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve("care-choice-example.png"), png);
        assertThat(png).hasSizeGreaterThan(2000);
    }

    @Test
    @DisplayName("Tab reaches every link, field and table of the scheme page without a trap, and focus always shows")
    void keyboard() {
        browser.driver.get(server.url("/vardval/kalmar.halsoval?month=2025-03"));
        TabWalk walk = TabWalk.of(browser);
        assertThat(walk.focusable()).hasSizeGreaterThan(100);
        assertThat(walk.problems()).isEmpty();
        assertThat(walk.missed(browser)).as("not reached by Tab").isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#exempel .table-scroll[tabindex='0']"))).hasSize(2);
    }
}
