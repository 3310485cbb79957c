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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.web.TestServer;

/**
 * Two editors change a unit's name in real Chromium: the first saves with a new source and sees the
 * name on the page at once; the second, whose form was opened before, sees the collision with the
 * first one's value and saves deliberately. The forms pass axe-core and fit a 390 px phone.
 */
class EditingBrowserTest {

    private static final String PASSWORD = "ett lagom långt lösenord";
    private static final String UNIT = "kalmar.vasterviks-sjukhus";

    @TempDir
    static Path home;

    private static TestServer server;
    private static Browser anna;
    private static Browser bertil;

    @BeforeAll
    static void start() {
        server = TestServer.startWithStore(home);
        Accounts accounts = Accounts.in(server.store().jdbi(), TestServer.CLOCK);
        accounts.add("anna", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), PASSWORD).orElseThrow();
        accounts.add("bertil", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), PASSWORD).orElseThrow();
        anna = Browser.start();
        bertil = Browser.start();
    }

    @AfterAll
    static void stop() {
        for (Browser b : new Browser[] {anna, bertil}) {
            if (b != null) {
                b.close();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("an editor changes a unit's name with a new source and sees it; a second editor's older form shows the collision and saves deliberately")
    void changeAndCollide() {
        logIn(bertil, "bertil");
        bertil.driver.get(server.url("/enhet/" + UNIT));
        bertil.driver.findElement(By.id("edit-unit")).click();
        bertil.waitFor(By.id("save"));

        logIn(anna, "anna");
        anna.driver.get(server.url("/enhet/" + UNIT));
        anna.driver.findElement(By.id("edit-unit")).click();
        anna.waitFor(By.id("save"));
        anna.assertNoViolations("the unit's form");
        WebElement name = anna.driver.findElement(By.id("name"));
        name.clear();
        name.sendKeys("Västerviks sjukhus, ny organisation");
        assertThat(new Select(anna.driver.findElement(By.id("kalla"))).getFirstSelectedOption().getAttribute("value")).isEmpty();
        anna.driver.findElement(By.id("kalla-titel")).sendKeys("Regionfullmäktiges beslut om sjukhusen");
        anna.driver.findElement(By.id("kalla-adress")).sendKeys("https://example.org/beslut-sjukhus");
        anna.driver.findElement(By.id("kalla-datum")).sendKeys("2026-11-20");
        anna.driver.findElement(By.id("kommentar")).sendKeys("Namnet enligt beslutet");
        anna.driver.findElement(By.id("save")).click();
        anna.waitFor(By.cssSelector(".saved"));
        assertThat(anna.driver.getCurrentUrl()).startsWith(server.url("/enhet/" + UNIT));
        assertThat(anna.driver.findElement(By.tagName("h1")).getText()).contains("Västerviks sjukhus, ny organisation");
        assertThat(anna.driver.findElement(By.id("andringar")).getText()).contains("av anna")
                .contains("Regionfullmäktiges beslut om sjukhusen").contains("Namnet enligt beslutet");
        anna.assertNoViolations("the unit's page after the change");

        WebElement theirs = bertil.driver.findElement(By.id("name"));
        theirs.clear();
        theirs.sendKeys("Västerviks sjukhus (Bertil)");
        new Select(bertil.driver.findElement(By.id("kalla"))).selectByIndex(1);
        bertil.driver.findElement(By.id("save")).click();
        bertil.waitFor(By.id("collision"));
        assertThat(bertil.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("collision");
        assertThat(bertil.driver.findElement(By.id("name-theirs")).getText())
                .contains("Västerviks sjukhus, ny organisation").contains("anna");
        assertThat(bertil.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Västerviks sjukhus (Bertil)");
        assertThat(bertil.driver.findElement(By.id("name")).getAttribute("aria-describedby")).contains("name-theirs");
        bertil.assertNoViolations("the form after a collision");

        bertil.driver.findElement(By.id("save")).click();
        bertil.waitFor(By.cssSelector(".saved"));
        assertThat(bertil.driver.findElement(By.tagName("h1")).getText()).contains("Västerviks sjukhus (Bertil)");
    }

    @Test
    @DisplayName("at 390 px wide the form, a refused form and the unit page with its changes need no horizontal scrolling")
    void phoneWidth() {
        logIn(anna, "anna");
        anna.atPhoneWidth();
        try {
            anna.driver.get(server.url("/redigera/units/kalmar.oskarshamns-sjukhus"));
            anna.assertFits("the form");
            anna.driver.findElement(By.id("name")).clear();
            anna.driver.findElement(By.id("save")).click();
            anna.waitFor(By.id("name-problem"));
            assertThat(anna.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("problems");
            anna.assertFits("the refused form");
            anna.assertNoViolations("the refused form");
            anna.driver.get(server.url("/enhet/kalmar.oskarshamns-sjukhus"));
            anna.assertFits("the unit page");
        } finally {
            anna.atDesktopWidth();
        }
    }

    private static void logIn(Browser b, String who) {
        b.driver.manage().deleteAllCookies();
        b.driver.get(server.url("/logga-in"));
        b.driver.findElement(By.id("name")).sendKeys(who);
        b.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        b.driver.findElement(By.id("login")).click();
        b.waitFor(By.id("logout"));
    }
}
