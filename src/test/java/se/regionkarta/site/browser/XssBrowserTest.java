package se.regionkarta.site.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.web.TestServer;

/**
 * Hostile text in every field a person or a file supplies, shown in real Chromium (issue 13): the
 * text stays text, no dialog opens, and the Content-Security-Policy blocks a script put into the
 * page inline.
 */
class XssBrowserTest {

    private static final String PASSWORD = "ett lagom långt lösenord";
    /** Breaks out of an attribute, of an element, and of a script element. */
    private static final String PAYLOAD = "\"><script>alert(1)</script><img src=x onerror=alert(2)></script><script>alert(3)</script>";

    @TempDir
    static Path home;
    @TempDir
    static Path files;

    private static TestServer server;
    private static Browser browser;
    private static String token;

    @BeforeAll
    static void start() {
        server = TestServer.startWithStore(home);
        Accounts accounts = Accounts.in(server.store().jdbi(), TestServer.CLOCK);
        accounts.add("sara", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), PASSWORD).orElseThrow();
        token = accounts.createToken(accounts.find("sara").orElseThrow()).token();
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
    @DisplayName("a unit's name and description written through the API show as text on its page and in its JSON-LD, no dialog opens")
    void unitNameAndDescription() {
        String path = "/api/v1/units/kalmar.vasterviks-sjukhus";
        String etag = server.get(path).headers().firstValue("ETag").orElseThrow();
        String json = PAYLOAD.replace("\"", "\\\"");
        HttpResponse<String> written = server.send("PATCH", path, "{\"name\": \"" + json + "\", \"description\": \"" + json
                + "\", \"_source\": \"kalmar-deck\"}", "Content-Type", "application/merge-patch+json", "If-Match", etag,
                "Authorization", "Bearer " + token);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);

        browser.driver.get(server.url("/enhet/kalmar.vasterviks-sjukhus"));
        assertNoDialog();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(PAYLOAD);
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(PAYLOAD);
        assertThat(browser.driver.findElements(By.cssSelector("main img[src='x']"))).isEmpty();
        assertThat(browser.js().executeScript("return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]')"
                + ".textContent).name")).isEqualTo(PAYLOAD);
        assertInlineScriptBlocked();
    }

    @Test
    @DisplayName("a party name in a CSV uploaded to the seat calculator by a logged-in editor shows as text in the result")
    void partyNameInUploadedCsv() throws Exception {
        Path csv = files.resolve("val.csv");
        Files.writeString(csv, "valkrets,rostberattigade,fasta_mandat,party,votes\nNorra,10000,5,\"" + PAYLOAD.replace("\"", "\"\"")
                + "\",1000\nNorra,10000,5,B,500\n", StandardCharsets.UTF_8);
        logIn("/val", By.id("votes")); // a session's form must carry its CSRF token, or the calculator answers 403

        browser.driver.findElement(By.id("votes")).clear();
        browser.driver.findElement(By.id("file")).sendKeys(csv.toString());
        browser.driver.findElement(By.id("seats")).clear();
        browser.driver.findElement(By.id("seats")).sendKeys("5");
        browser.driver.findElement(By.id("compute")).click();
        browser.waitFor(By.id("result-h"));
        assertNoDialog();
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(PAYLOAD);
        assertThat(browser.driver.findElements(By.cssSelector("main img[src='x']"))).isEmpty();
        assertInlineScriptBlocked();
    }

    @Test
    @DisplayName("a search word shows as text on the search page")
    void searchWord() {
        browser.driver.get(server.url("/sok?q=" + URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8)));
        assertNoDialog();
        assertThat(browser.driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(PAYLOAD);
        assertThat(browser.driver.findElements(By.cssSelector("main img[src='x']"))).isEmpty();
        assertInlineScriptBlocked();
    }

    @Test
    @DisplayName("a reader's suggestion shows as text in the region's queue to its editor")
    void suggestionInTheQueue() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(server.url("/forslag/enhet/kalmar.hsf"));
        browser.waitFor(By.id("fel"));
        browser.driver.findElement(By.id("fel")).sendKeys(PAYLOAD);
        browser.driver.findElement(By.id("ratt")).sendKeys(PAYLOAD);
        browser.driver.findElement(By.id("kalla")).sendKeys("https://example.se/beslut");
        browser.driver.findElement(By.id("skicka")).click();
        browser.waitFor(By.id("tack"));
        assertNoDialog();

        logIn("/region/kalmar/forslag", By.id("open-h"));
        assertNoDialog();
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(PAYLOAD);
        assertThat(browser.driver.findElements(By.cssSelector("main img[src='x']"))).isEmpty();
        assertInlineScriptBlocked();
    }

    /** Logs in as the editor through the login form, which then leads to {@code back}, where {@code shown} is waited for. */
    private static void logIn(String back, By shown) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(server.url("/logga-in?tillbaka=" + back));
        browser.driver.findElement(By.id("name")).sendKeys("sara");
        browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.driver.findElement(By.id("login")).click();
        browser.waitFor(shown);
    }

    private static void assertNoDialog() {
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.js().executeScript("return typeof window.__x")).isEqualTo("undefined");
    }

    /** Adds an inline script through the DOM (no innerHTML): the policy must block it and say so. */
    @SuppressWarnings("unchecked")
    private static void assertInlineScriptBlocked() {
        Map<String, Object> outcome = (Map<String, Object>) browser.js().executeAsyncScript(
                "const done = arguments[arguments.length - 1]; let violated = null;"
                + "document.addEventListener('securitypolicyviolation', e => { violated = e.violatedDirective; });"
                + "const s = document.createElement('script'); s.textContent = 'window.__x = 1'; document.body.append(s);"
                + "setTimeout(() => done({x: typeof window.__x, violated: violated}), 300);");
        assertThat(outcome.get("x")).as("the inline script did not run").isEqualTo("undefined");
        assertThat(String.valueOf(outcome.get("violated"))).startsWith("script-src");
    }
}
