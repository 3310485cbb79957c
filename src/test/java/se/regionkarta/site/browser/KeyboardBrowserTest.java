package se.regionkarta.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.regionkarta.web.TestServer;

/** The main pages walked with the keyboard alone, in real Chromium. */
class KeyboardBrowserTest {

    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.start();
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
    @DisplayName("the first Tab reaches the skip link, and Enter on it moves focus to the main content")
    void skipLink() {
        browser.driver.get(server.url("/"));
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        assertThat(focused.getText()).isEqualTo("Hoppa till huvudinnehållet");
        assertThat(focused.getRect().getY()).as("the skip link shows when focused").isGreaterThanOrEqualTo(0);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5))
                .until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.driver.switchTo().activeElement().getTagName()).isEqualTo("main");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).as("Tab goes on from the main content")
                .isEqualTo("q");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/region/kalmar", "/enhet/kalmar.hsf", "/enhet/kalmar.hsf?lang=en",
        "/region/kalmar/forandringar?fran=2018-06-01&till=2025-06-01", "/enhet/halland.hallandstrafiken",
        "/sjukvardsregion/avrakning", "/sjukvardsregion/sydostra"})
    @DisplayName("Tab reaches every link and field without a trap, and focus always shows")
    void tabWalk(String path) {
        browser.driver.get(server.url(path));
        TabWalk walk = TabWalk.of(browser);
        assertThat(walk.focusable()).hasSizeGreaterThan(10);
        assertThat(walk.problems()).as(path).isEmpty();
        assertThat(walk.missed(browser)).as(path + ": not reached by Tab").isEmpty();
        if (path.startsWith("/?") || path.equals("/")) {
            assertThat(browser.driver.findElement(By.id("q")).getAttribute("data-kb")).isIn(walk.reached());
        }
    }

    @Test
    @DisplayName("the search suggestions work with the arrow keys and Enter")
    void suggestionsByKeyboard() {
        browser.driver.get(server.url("/"));
        WebElement q = browser.driver.findElement(By.id("q"));
        q.sendKeys("oskarshamns sj");
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q-suggestions [role=option]")));
        q.sendKeys(Keys.ARROW_DOWN);
        assertThat(q.getAttribute("aria-activedescendant")).isEqualTo("q-suggestions-0");
        q.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/enhet/"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/enhet/kalmar.oskarshamns-sjukhus");
    }

    @Test
    @DisplayName("the election calculator is filled in and submitted with the keyboard alone, and its problems are reached by Tab")
    void electionFormByKeyboard() {
        browser.driver.get(server.url("/val"));
        tabTo("votes");
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys("valkrets,rostberattigade,fasta_mandat,party,votes").sendKeys(Keys.ENTER)
                .sendKeys("K,,,A,6000").sendKeys(Keys.ENTER).sendKeys("K,,,B,3500").sendKeys(Keys.ENTER)
                .sendKeys("K,,,C,1500").perform();
        tabTo("seats");
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("5").perform();
        tabTo("compute");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        assertThat(browser.driver.findElement(By.id("result")).getText()).contains("5 mandat: 5 fasta valkretsmandat");
        assertThat(browser.driver.findElements(By.cssSelector("#result circle.seat"))).hasSize(5);

        tabTo("seats");
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("0").perform();
        browser.js().executeScript("document.getElementById('seats').removeAttribute('min');"); // let the server judge
        tabTo("compute");
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary a[href='#seats']")));
        tabTo("seats", ".error-summary a[href='#seats']");
    }

    @Test
    @DisplayName("the settlement calculator is filled in and submitted with the keyboard alone, and its problems are reached by Tab")
    void settlementFormByKeyboard() {
        browser.driver.get(server.url("/sjukvardsregion/avrakning"));
        tabTo("events");
        tabTo("eventsFile");
        tabTo("prices");
        tabTo("pricesFile");
        tabTo("month");
        new Actions(browser.driver).sendKeys("2025-01").perform();
        tabTo("compute");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        assertThat(browser.driver.findElement(By.id("pairs")).getText().replace('\u00a0', ' ').replace('\u202f', ' '))
                .contains("278 217,06").doesNotContain("december 2024");
        tabTo("pairs-region", "#result .table-scroll");

        browser.driver.get(server.url("/sjukvardsregion/avrakning"));
        tabTo("month");
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("januari").perform();
        tabTo("compute");
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary a[href='#month']")));
        tabTo("problem", ".error-summary a[href='#month']");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("#month"));
    }

    @Test
    @DisplayName("the changes page's date form is reached and sent with the keyboard alone, and the lineage list leads to the event")
    void changesFormByKeyboard() {
        browser.driver.get(server.url("/region/kalmar/forandringar?fran=2018-06-01&till=2025-06-01"));
        tabTo("fran");
        tabTo("till");
        tabTo("submit", "form.diff-form button[type=submit]");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("till=2025-06-01"));
        assertThat(browser.driver.getCurrentUrl()).contains("fran=2018-06-01");
        assertThat(browser.driver.findElement(By.id("closed-h")).getText()).isEqualTo("Nedlagda enheter (2)");

        browser.driver.get(server.url("/region/kalmar"));
        tabTo("event", ".lineage-list a[href='#handelse-kalmar.bildande-2019']");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("#handelse-"));
        assertThat(browser.driver.findElement(By.id("handelse-kalmar.bildande-2019")).isDisplayed()).isTrue();
    }

    /** Presses Tab until the element with the id (or matching the selector) has focus; fails after 80 presses. */
    private static void tabTo(String id, String... selector) {
        String test = selector.length > 0 ? "return document.activeElement.matches(\"" + selector[0] + "\");"
                : "return document.activeElement.id === '" + id + "';";
        for (int i = 0; i < 80; i++) {
            if (Boolean.TRUE.equals(browser.js().executeScript(test))) {
                return;
            }
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + (selector.length > 0 ? selector[0] : "#" + id));
    }

    @Test
    @DisplayName("the organisation chart folds and unfolds from the keyboard")
    void foldingByKeyboard() {
        browser.driver.get(server.url("/region/kalmar/organisation"));
        WebElement summary = browser.driver.findElement(By.cssSelector(".org-tree details:not([open]) > summary"));
        WebElement details = summary.findElement(By.xpath(".."));
        browser.js().executeScript("arguments[0].focus();", summary);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertThat(details.getAttribute("open")).isNotNull();
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        assertThat(details.getAttribute("open")).isNull();
    }
}
