package se.regionkarta.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.AdjustableClock;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.web.TestServer;

/**
 * An editor of Region Kalmar län enters the 2026–2030 seats from the votes in real Chromium on a
 * 390 px phone: logs in, types the votes, checks the computed seats, saves with a new source, and the
 * politics page shows them as the current seats. Every page passes axe-core and needs no horizontal scrolling.
 */
class SeatEntryBrowserTest {

    private static final String PASSWORD = "ett lagom långt lösenord";
    private static final AdjustableClock CLOCK = new AdjustableClock(Instant.parse("2026-12-07T10:00:00Z"));

    @TempDir
    static Path home;

    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.startOn(StoreConfig.embedded(home), CLOCK, null);
        Accounts.in(server.store().jdbi(), CLOCK).add("karin", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), PASSWORD).orElseThrow();
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

    @Test
    @DisplayName("at 390 px an editor enters Kalmar's votes, checks the seats, saves them, and the politics page shows 2026–2030 as current")
    void enterCheckAndSave() {
        browser.driver.manage().deleteAllCookies();
        browser.atPhoneWidth();
        try {
            browser.driver.get(server.url("/logga-in?tillbaka=%2Fregion%2Fkalmar%2Fpolitik"));
            browser.driver.findElement(By.id("name")).sendKeys("karin");
            browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.driver.findElement(By.id("login")).click();
            browser.waitFor(By.cssSelector(".seat-entry-link a"));
            assertThat(main()).contains("Mandatfördelningen för mandatperioden 2026–2030 finns inte i registret ännu");
            browser.driver.findElement(By.cssSelector(".seat-entry-link a")).click();
            browser.waitFor(By.id("compute"));
            browser.assertFits("the empty form");
            browser.assertNoViolations("the empty form");

            // a typing slip first: the problem is beside its field and the summary takes the focus
            type("k1-S", "41 230");
            type("k1-M", "-25120");
            browser.driver.findElement(By.id("compute")).click();
            browser.waitFor(By.id("k1-M-problem"));
            assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("problems");
            assertThat(browser.driver.findElement(By.id("k1-M")).getAttribute("aria-describedby")).contains("k1-M-problem");
            browser.assertNoViolations("the form with a problem");
            browser.assertFits("the form with a problem");

            Map<String, String> votes = Map.of("k1-M", "25120", "k1-SD", "19 870", "k1-KD", "10340", "k1-C", "8150",
                    "k1-V", "7060", "k1-L", "2480", "k1-ovriga", "1500");
            votes.forEach(SeatEntryBrowserTest::type);
            browser.driver.findElement(By.id("compute")).click();
            browser.waitFor(By.id("computed"));
            List<String> seats = browser.driver.findElements(By.cssSelector("#computed tbody tr td:last-child")).stream()
                    .map(WebElement::getText).toList();
            assertThat(seats).containsExactly("25", "15", "12", "6", "5", "4");
            assertThat(browser.driver.findElement(By.id("computed")).getText()).contains("41 230", "S – Arbetarepartiet-Socialdemokraterna");
            browser.assertNoViolations("the computed seats");
            browser.assertFits("the computed seats");

            type("kalla-titel", "Länsstyrelsens beslut om mandatfördelning i regionfullmäktige 2026");
            type("kalla-utgivare", "Länsstyrelsen Kalmar län");
            type("kalla-datum", "2026-09-24");
            browser.driver.findElement(By.id("save")).click();
            browser.waitFor(By.id("seats-saved"));
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(server.url("/region/kalmar/politik?sparat=2026-2030"));
            String page = main();
            assertThat(page).contains("Mandatfördelningen för 2026–2030 är sparad.", "Mandatfördelning 2026–2030",
                    "Länsstyrelsens beslut om mandatfördelning i regionfullmäktige 2026")
                    .doesNotContain("finns inte i registret ännu");
            assertThat(browser.driver.findElement(By.cssSelector("svg.seat-diagram title")).getAttribute("textContent"))
                    .contains("S 25, M 15, SD 12, KD 6, C 5, V 4 (67)");
            browser.assertNoViolations("the politics page after saving");
            browser.assertFits("the politics page after saving");
        } finally {
            browser.atDesktopWidth();
        }
    }

    private static void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String main() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }
}
