package se.regionkarta.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.web.TestServer;

/** A person logs in and out in real Chromium: the pages pass axe-core, fit a 390 px phone, and keep the focus where it helps. */
class LoginBrowserTest {

    private static final String PASSWORD = "ett lagom långt lösenord";

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
    @DisplayName("an editor logs in from a region's page, comes back to it named in the header, and logs out")
    void logInAndOut() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(server.url("/region/kalmar"));
        browser.driver.findElement(By.cssSelector("a.login-link")).click();
        browser.waitFor(By.id("password"));
        browser.assertNoViolations("the login page");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("name");

        browser.driver.findElement(By.id("name")).sendKeys("sara");
        browser.driver.findElement(By.id("password")).sendKeys("fel lösenord");
        browser.driver.findElement(By.id("login")).click();
        browser.waitFor(By.id("login-refused"));
        browser.assertNoViolations("the refused login");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("login-refused");
        assertThat(browser.driver.findElement(By.id("password")).getAttribute("aria-describedby")).contains("login-refused");

        browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.driver.findElement(By.id("login")).click();
        browser.waitFor(By.id("logout"));
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(server.url("/region/kalmar"));
        assertThat(browser.driver.findElement(By.cssSelector(".signed-in")).getText()).contains("Inloggad som sara");
        browser.assertNoViolations("a page logged in");

        browser.driver.findElement(By.id("logout")).click();
        browser.waitFor(By.cssSelector("a.login-link"));
        assertThat(browser.driver.findElements(By.id("logout"))).isEmpty();
        assertThat(browser.driver.manage().getCookieNamed("regionkarta-session")).isNull();
    }

    @Test
    @DisplayName("a missing password is shown beside its field, and the field takes the focus; in English with ?lang=en")
    void missingPassword() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(server.url("/logga-in?lang=en"));
        browser.driver.findElement(By.id("name")).sendKeys("sara");
        browser.js().executeScript("document.getElementById('password').removeAttribute('required');");
        browser.driver.findElement(By.id("login")).click();
        browser.waitFor(By.id("password-problem"));

        assertThat(browser.driver.findElement(By.id("password-problem")).getText()).isEqualTo("Type your password.");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("password");
        browser.assertNoViolations("the English login page with a problem");
    }

    @Test
    @DisplayName("at 390 px wide the login page and a page logged in need no horizontal scrolling")
    void phoneWidth() {
        browser.driver.manage().deleteAllCookies();
        browser.atPhoneWidth();
        try {
            browser.driver.get(server.url("/logga-in"));
            assertThat(((Number) browser.js().executeScript("return window.innerWidth;")).intValue()).isEqualTo(390);
            browser.assertFits("/logga-in");
            browser.driver.findElement(By.id("name")).sendKeys("sara");
            browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.driver.findElement(By.id("login")).click();
            browser.waitFor(By.id("logout"));
            browser.assertFits("the start page logged in");
            browser.driver.findElement(By.id("logout")).click();
            browser.waitFor(By.cssSelector("a.login-link"));
        } finally {
            browser.atDesktopWidth();
        }
    }

    @Test
    @DisplayName("the Swedish login page shows no English and no internal names")
    void swedishOnly() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(server.url("/logga-in"));
        String main = browser.driver.findElement(By.tagName("main")).getText();
        for (String foreign : List.of("Log in", "Password", "Name", "login", "csrf", "_csrf", "tillbaka=", "session", "null",
                "regionkarta-")) {
            assertThat(main).as("the Swedish login page shows " + foreign).doesNotContain(foreign);
        }
        List<WebElement> english = browser.driver.findElements(By.cssSelector("main [lang='en']"));
        assertThat(english).isEmpty();
    }
}
