package se.regionkarta.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import se.regionkarta.web.TestServer;

/**
 * The organisation chart and the seat diagram in Chromium: pictures of both written to
 * target/screenshots/, and the chart unfolded whole when printed.
 */
class ChartBrowserTest {

    private static final Path DIR = Path.of("target", "screenshots");

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
    @DisplayName("the organisation chart of Region Kalmar län is drawn to target/screenshots/organisation.png")
    void organisation() throws IOException {
        browser.driver.get(server.url("/region/kalmar/organisation"));
        long height = (Long) browser.js().executeScript("return document.documentElement.scrollHeight;");
        browser.driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height, 6000)));
        byte[] png = browser.driver.getScreenshotAs(OutputType.BYTES);
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        write("organisation.png", png);
    }

    @Test
    @DisplayName("the seat diagram of Regionfullmäktige 2022–2026 is drawn to target/screenshots/seat-diagram.png")
    void seatDiagram() throws IOException {
        browser.driver.get(server.url("/region/kalmar/politik?asOf=2025-06-01"));
        WebElement figure = browser.driver.findElement(By.cssSelector("figure.hemicycle"));
        browser.js().executeScript("arguments[0].scrollIntoView({block: 'start'});", figure);
        assertThat(figure.findElements(By.cssSelector("circle.seat"))).hasSize(67);
        write("seat-diagram.png", figure.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @DisplayName("printing the organisation chart unfolds every level")
    void printUnfoldsEverything() {
        browser.driver.get(server.url("/region/kalmar/organisation"));
        String folded = ".org-tree details:not([open]) a";
        assertThat(browser.driver.findElements(By.cssSelector(folded))).isNotEmpty();
        String shown = "return Array.from(document.querySelectorAll('" + folded + "'))"
                + ".filter(a => a.checkVisibility()).length;";
        assertThat((Long) browser.js().executeScript(shown)).as("folded links are hidden on screen").isZero();
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            long all = (Long) browser.js().executeScript("return document.querySelectorAll('" + folded + "').length;");
            assertThat((Long) browser.js().executeScript(shown)).as("folded links are printed").isEqualTo(all);
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    private static void write(String name, byte[] png) throws IOException {
        Files.createDirectories(DIR);
        Files.write(DIR.resolve(name), png);
        assertThat(png).hasSizeGreaterThan(2000);
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
