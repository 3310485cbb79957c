package se.regionkarta.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.web.TestServer;

/**
 * A reader's suggestion in real Chromium, from the unit page to the corrected unit page: the reader
 * (not logged in) sends it, an editor of the region accepts it from the queue. Every page passes
 * axe-core and fits a 390 px phone without horizontal scrolling.
 */
class SuggestionBrowserTest {

    private static final String PASSWORD = "ett lagom långt lösenord";
    private static final String NEW_NAME = "Förvaltningen för hälso- och sjukvård";

    @TempDir
    static Path home;

    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.startWithStore(home);
        Accounts.in(server.store().jdbi(), TestServer.CLOCK)
                .add("sara", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), PASSWORD).orElseThrow();
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
    @DisplayName("a reader suggests a new name from a unit page; an editor accepts it from the queue; the unit page shows it")
    void fromReaderToCorrectedPage() {
        browser.driver.manage().deleteAllCookies();
        browser.atPhoneWidth();
        try {
            browser.driver.get(server.url("/enhet/kalmar.hsf"));
            browser.driver.findElement(By.linkText("Föreslå en ändring")).click();
            browser.waitFor(By.id("fel"));
            assertPasses("the suggestion form");

            browser.driver.findElement(By.id("skicka")).click();
            browser.waitFor(By.id("problems"));
            assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("problems");
            assertThat(browser.driver.findElement(By.id("fel")).getAttribute("aria-describedby")).isEqualTo("fel-hint fel-problem");
            assertPasses("the suggestion form with its problems");

            browser.driver.findElement(By.id("fel")).sendKeys("Förvaltningen har bytt namn.");
            browser.driver.findElement(By.id("ratt")).sendKeys(NEW_NAME);
            browser.driver.findElement(By.id("kalla")).sendKeys("https://example.se/beslut/2026-12-01");
            browser.driver.findElement(By.id("skicka")).click();
            browser.waitFor(By.id("tack"));
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .contains("Tack – en redaktör i regionen läser förslaget.");
            assertPasses("the thanks page");

            browser.driver.get(server.url("/logga-in?tillbaka=/region/kalmar/forslag"));
            browser.driver.findElement(By.id("name")).sendKeys("sara");
            browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.driver.findElement(By.id("login")).click();
            browser.waitFor(By.id("open-h"));
            assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(NEW_NAME, "Förvaltningen har bytt namn.");
            assertPasses("the queue");

            browser.driver.findElement(By.cssSelector("a[id^='godta-']")).click();
            browser.waitFor(By.id("varde"));
            assertThat(browser.driver.findElement(By.id("kalla-url")).getAttribute("value"))
                    .isEqualTo("https://example.se/beslut/2026-12-01");
            assertPasses("the suggestion's page");
            new Select(browser.driver.findElement(By.id("falt"))).selectByValue("name");
            browser.driver.findElement(By.id("varde")).sendKeys(NEW_NAME);
            browser.driver.findElement(By.id("godta-knapp")).click();
            browser.waitFor(By.id("klart"));
            assertThat(browser.driver.findElement(By.id("klart")).getText()).contains("är godtaget och blev ändring nr");
            assertPasses("the queue after accepting");

            browser.driver.get(server.url("/enhet/kalmar.hsf"));
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(NEW_NAME);
        } finally {
            browser.atDesktopWidth();
        }
    }

    /** Checks the page open now: no axe-core violations, and no horizontal scrolling at 390 px. */
    private static void assertPasses(String what) {
        assertThat(((Number) browser.js().executeScript("return window.innerWidth;")).intValue()).isEqualTo(390);
        browser.assertFits(what);
        browser.assertNoViolations(what);
    }
}
