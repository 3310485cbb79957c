package se.regionkarta.history.site;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.site.SitePagesTest.count;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.web.TestServer;

/** History on the site over real HTTP: lineage, events, names as of a day, the changes page, provenance (issue 5). */
class HistoryPagesTest {

    @TempDir
    static Path home;

    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.startWithStore(home);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static String page(String path) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return r.body();
    }

    @Test
    @DisplayName("the region page's history draws the lineage as an SVG with title and description, and lists it with the merger")
    void lineageOfKalmar() {
        String body = page("/region/kalmar");

        assertThat(body).contains("<h2 id=\"history-h\">Historik</h2>", "<svg role=\"img\" aria-labelledby=\"lineage-title lineage-desc\"",
                "<title id=\"lineage-title\">Region Kalmar län: föregångare och efterföljare</title>",
                "<desc id=\"lineage-desc\">Landstinget i Kalmar län och Regionförbundet i Kalmar län – sammanslagning 1 januari 2019 – Region Kalmar län.</desc>");
        String list = body.substring(body.indexOf("<h4>Föregångare</h4>"));
        assertThat(list).contains("href=\"/region/landstinget-kalmar?asOf=2018-12-31\">Landstinget i Kalmar län</a> – "
                + "<a href=\"#handelse-kalmar.bildande-2019\">sammanslagning 1 januari 2019</a>",
                "Regionförbundet i Kalmar län</a>");
        assertThat(body).contains("<article class=\"event\" id=\"handelse-kalmar.bildande-2019\">",
                "<h4>sammanslagning 1 januari 2019</h4>", "href=\"/kallor/kalmar-jobs\"");
        assertThat(count(body, "class=\"lineage-unit\"")).isEqualTo(2);
        assertThat(count(body, "class=\"lineage-edge\"")).isEqualTo(4);
    }

    @Test
    @DisplayName("the region page shows its predecessors' figures labelled with predecessor and event, with the rule")
    void predecessorFigures() {
        String body = page("/region/kalmar");

        assertThat(body).contains("<h3>Föregångarnas nyckeltal</h3>", "räknas aldrig in i dem",
                "Föregångarnas nyckeltal, med källor");
        String table = body.substring(body.indexOf("Föregångarnas nyckeltal, med källor"));
        assertThat(table).contains("Landstinget i Kalmar län</a>", "<a href=\"#handelse-kalmar.bildande-2019\">sammanslagning 1 januari 2019</a>");
    }

    @Test
    @DisplayName("a unit page shows who recorded the unit and when, from the store's change log")
    void recorded() {
        assertThat(page("/enhet/kalmar.hsf")).containsPattern("Registrerad av regionkarta den \\d{1,2} \\p{L}+ \\d{4}\\.");
        assertThat(page("/enhet/kalmar.hsf?lang=en")).containsPattern("Recorded by regionkarta on \\d{1,2} \\p{L}+ \\d{4}\\.");
    }

    @Test
    @DisplayName("a transferred function's unit page lists the transfer with both units, the new parent and its sources")
    void transfer() {
        String body = page("/enhet/halland.hallandstrafiken");

        assertThat(body).contains("<h4>överföring 1 januari 2023</h4>", "Hallandstrafiken AB</a>",
                "<dt>Placeras under</dt>", "href=\"/kallor/centerpartiet-alliansstyre-2022\"", "<h4>Föregångare</h4>");
        assertThat(page("/enhet/halland.hallandstrafiken-ab")).contains("<h4>Efterföljare</h4>");
    }

    @Test
    @DisplayName("the region page links to its changes page, which shows the region added and the predecessors closed")
    void changes() {
        assertThat(page("/region/kalmar")).contains("href=\"/region/kalmar/forandringar\"");
        String body = page("/region/kalmar/forandringar?fran=2018-06-01&till=2025-06-01");

        assertThat(body).contains("<h1>Region Kalmar län: förändringar</h1>", "<input type=\"date\" id=\"fran\" name=\"fran\" value=\"2018-06-01\"",
                "<label for=\"till\">", "Förändringar från 1 juni 2018 till 1 juni 2025");
        String added = body.substring(body.indexOf("Tillkomna enheter"), body.indexOf("Nedlagda enheter"));
        assertThat(added).contains(">Region Kalmar län</a>", ">Hälso- och sjukvårdsförvaltningen</a>");
        String closed = body.substring(body.indexOf("Nedlagda enheter (2)"));
        assertThat(closed).contains("href=\"/region/landstinget-kalmar?asOf=2018-06-01\">Landstinget i Kalmar län</a>",
                "Regionförbundet i Kalmar län</a>", "Händelser däremellan (1)", "sammanslagning 1 januari 2019");
        assertThat(body).contains("Regionfullmäktige: mandat per parti");
    }

    @Test
    @DisplayName("the changes page defaults to the ten years up to today, and refuses days in the wrong order or unreadable")
    void changesInput() {
        assertThat(page("/region/kalmar/forandringar")).contains("Förändringar från");
        assertThat(server.get("/region/kalmar/forandringar?fran=2025&till=2019").statusCode()).isEqualTo(400);
        assertThat(server.get("/region/kalmar/forandringar?fran=2025&till=2019").body()).contains("Byt plats på dem");
        assertThat(server.get("/region/kalmar/forandringar?fran=igar").statusCode()).isEqualTo(400);
        assertThat(server.get("/region/kalmar.hsf/forandringar").statusCode()).isEqualTo(404);
        assertThat(page("/region/halland/forandringar?fran=2022-06-01&till=2023-06-01&lang=en"))
                .contains("Units added (1)", "Units closed (1)", "transfer of a function 1 January 2023");
    }

    @Test
    @DisplayName("the source list shows the day each source was read")
    void accessed() {
        String body = page("/kallor");
        assertThat(body).contains("<th scope=\"col\">Läst av redaktionen</th>");
        assertThat(body).containsPattern("<td>\\d{1,2} \\p{L}+ 20\\d\\d</td>\\s*<td class=\"num\">");
    }

    @Test
    @DisplayName("pages as of a day before the merger show the predecessors, with their own history")
    void asOfBefore() {
        String tree = page("/region/landstinget-kalmar/organisation?asOf=2018-06-01");
        assertThat(tree).contains("Landstinget i Kalmar län");
        assertThat(page("/region/landstinget-kalmar")).contains("<h4>Efterföljare</h4>", ">Region Kalmar län</a>");
    }
}
