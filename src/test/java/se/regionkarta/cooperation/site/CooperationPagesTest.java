package se.regionkarta.cooperation.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.site.SitePagesTest;
import se.regionkarta.web.TestDecisions;
import se.regionkarta.web.TestServer;

/**
 * The healthcare region page's joint bodies (composition checked, chair and secretariat, decisions),
 * a unit's decisions, and the settlement calculator, over real HTTP (issue 6).
 */
class CooperationPagesTest {

    private static TestServer server;
    private static String events;
    private static String prices;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestDecisions.withDecision(TestServer.BUNDLED));
        events = Files.readString(Path.of("src/main/resources/settlement/example-events.csv"));
        prices = Files.readString(Path.of("src/main/resources/settlement/example-prices.csv"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String page(String path, int status) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        return r.body();
    }

    /** Returns the page with the no-break spaces that group digits ("281 217,06") as plain spaces. */
    static String text(HttpResponse<String> r) {
        return r.body().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** Returns the part of the page between two markers: one section. */
    static String between(String body, String from, String to) {
        int start = body.indexOf(from);
        assertThat(start).as("marker " + from).isNotNegative();
        int end = body.indexOf(to, start);
        return body.substring(start, end < 0 ? body.length() : end);
    }

    @Test
    @DisplayName("issue 6: Sydöstra shows its three members, 3 + 3 per region, and a chair schedule with Jönköping 2022–2023 recorded")
    void sydostraAcceptance() {
        String body = page("/sjukvardsregion/sydostra?asOf=2026-11-26", 200);

        String members = between(body, "id=\"members-h\"", "</section>");
        assertThat(SitePagesTest.count(members, "<li>")).isEqualTo(3);
        assertThat(members).contains("Region Östergötland", "Region Jönköpings län", "Region Kalmar län");

        String composition = between(body, "<caption>Ledamöter och ersättare per region i Samverkansnämnden", "</table>");
        for (String region : new String[] {"Region Östergötland", "Region Jönköpings län", "Region Kalmar län"}) {
            assertThat(composition).contains("<span>" + region + "</span></th><td class=\"num\">3</td><td class=\"num\">3</td>"
                    + "<td>ledamöter per region inte registrerade</td>");
        }
        assertThat(composition).contains("<td class=\"num\">9</td><td class=\"num\">9</td><td>9 ledamöter och 9 ersättare enligt källorna");
        assertThat(body).contains("<strong>Kontroll:</strong> stämmer med regeln.");

        String chair = between(body, "<table id=\"sydostra.samverkansnamnden-chair\">", "</table>");
        assertThat(chair).contains("<caption>Ordförandeskap i Samverkansnämnden",
                "1 januari 2022–31 december 2023</th>", "<td>Region Jönköpings län</td><td>uppgift i källa</td>",
                "href=\"/kallor/rjl-samverkansnamnd\"", "1 januari 2026–31 december 2027 <span class=\"badge\">nu</span>",
                "1 januari 2036–31 december 2037");
        assertThat(SitePagesTest.count(chair, "okänd — ordningen finns inte i källorna")).isEqualTo(6);
        assertThat(chair).doesNotContain("beräknad från ordningen");
        assertThat(body).contains("<h2 id=\"rotation-h\">Ordförandeskap och sekretariat</h2>",
                "I vilken ordning regionerna tar över står inte i källorna.", "Den 26 november 2026 (perioden 1 januari 2026–31 december 2027):");
    }

    @Test
    @DisplayName("the decisions register shows the price list without inventing its date, says which kinds have none, and links the calculator")
    void decisions() {
        String body = page("/sjukvardsregion/sydostra", 200);
        String register = between(body, "<h2 id=\"decisions-h\">Beslut</h2>", "</section>");

        assertThat(register).contains("Prislista öppenvård Sydöstra sjukvårdsregionen", "Priser för såld vård",
                "datum anges inte i källorna", "period anges inte i källorna", "Inga beslut registrerade om:",
                "fördelning av regionernas tilldelade budget", "href=\"/sjukvardsregion/avrakning\"",
                "id=\"beslut-" + TestDecisions.ID + "\"", "href=\"/enhet/kalmar.hsf\"");
        assertThat(page("/sjukvardsregion/norra", 200)).contains("Inga beslut registrerade.");
        assertThat(page("/sjukvardsregion/vastra", 200)).contains("Inget av sjukvårdsregionens organ har någon registrerad regel");
    }

    @Test
    @DisplayName("a unit shows the decisions that concern it; a unit without any shows no such section")
    void unitDecisions() {
        assertThat(page("/enhet/kalmar.hsf", 200)).contains("<h2 id=\"decisions-h\">Beslut i sjukvårdsregionen som rör enheten</h2>",
                "Testvård", "<dt>Beslutat av</dt><dd>Samverkansnämnden</dd>", "15 mars 2024");
        assertThat(page("/enhet/kalmar.oskarshamns-sjukhus", 200)).doesNotContain("id=\"decisions-h\"");
    }

    @Test
    @DisplayName("in English the page says the same: unknown holders, the composition check and the register")
    void english() {
        String body = page("/sjukvardsregion/sydostra?lang=en&asOf=2026-11-26", 200);

        assertThat(body).contains("Chair and secretariat", "unknown — the order is not in the sources", "named by a source",
                "members per region not recorded", "keeps the rule", "No decisions recorded on:",
                "href=\"/sjukvardsregion/avrakning?lang=en\"");
    }

    @Test
    @DisplayName("the settlement calculator is prefilled with the example of docs/settlement.md, and is in the navigation")
    void calculatorForm() {
        String body = page("/sjukvardsregion/avrakning", 200);

        assertThat(body).contains("<h1>Avräkning av såld vård</h1>", "method=\"post\" action=\"/sjukvardsregion/avrakning\"",
                "enctype=\"multipart/form-data\"", "kalmar,gotlnd,gotlnd.sjukhus,2025-01-21,visit,kardiologi,1",
                "2025-01-01,2025-12-31,drg,,68412.37", "<input type=\"file\" id=\"eventsFile\" name=\"eventsFile\"",
                "<input type=\"file\" id=\"pricesFile\" name=\"pricesFile\"", "<li><a href=\"/sjukvardsregion/avrakning\">Avräkning</a></li>")
                .doesNotContain("id=\"result\"");
        assertThat(page("/sjukvardsregion/avrakning?lang=en", 200)).contains("<h1>Settlement of care sold between regions</h1>",
                "action=\"/sjukvardsregion/avrakning?lang=en\"");
    }

    @Test
    @DisplayName("the calculator's result: per pair of regions and month, the lines, the total, and line 8 not priced")
    void calculatorResult() throws Exception {
        HttpResponse<String> r = post(Map.of("events", events, "prices", prices, "month", ""));

        assertThat(r.statusCode()).isEqualTo(200);
        String pairs = between(text(r), "<table id=\"pairs\">", "</table>");
        assertThat(pairs).contains("<th scope=\"row\">Region Jönköpings län</th><td>Region Östergötland</td><td>januari 2025</td>"
                + "<td class=\"num\">2</td><td class=\"num\">114 016,06</td>", "december 2024", "164 201,00", "281 217,06");
        assertThat(between(text(r), "<table id=\"lines\">", "</table>")).contains("Vårddygn, intensivvard", "3 dygn",
                "DRG-poäng, alla koder", "1,6666 poäng");
        assertThat(between(r.body(), "<table id=\"unpriced\">", "</table>")).contains("<th scope=\"row\">8</th><td>okänd region</td>",
                "unknown region 'gotlnd'");
        HttpResponse<String> january = post(Map.of("events", events, "prices", prices, "month", "2025-01"));
        assertThat(between(text(january), "<table id=\"pairs\">", "</table>")).doesNotContain("december 2024").contains("278 217,06");
    }

    @Test
    @DisplayName("files sent in the file fields are settled instead of the text boxes, and shown in them")
    void calculatorUpload() throws Exception {
        HttpResponse<String> r = upload(Map.of("events", "", "prices", "", "month", ""),
                Map.of("eventsFile", events, "pricesFile", prices));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(text(r)).contains("281 217,06", "kalmar,gotlnd,gotlnd.sjukhus");
    }

    @Test
    @DisplayName("input that cannot be settled is shown beside the form with its line, with status 400")
    void calculatorProblems() throws Exception {
        String badPrices = "valid_from,valid_until,kind,code,price_sek\n2025-01-01,2025-12-31,visit,,12.345\n";
        HttpResponse<String> r = post(Map.of("events", events, "prices", badPrices, "month", ""));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(between(r.body(), "class=\"error-summary\"", "</div>")).contains("href=\"#prices\"", "<strong>Rad 2</strong>");
        assertThat(r.body()).doesNotContain("id=\"result\"").contains("12.345");
        HttpResponse<String> header = post(Map.of("events", "x,y\n", "prices", prices, "month", "2025-1"));
        assertThat(header.statusCode()).isEqualTo(400);
        assertThat(header.body()).contains("href=\"#month\"", "Månaden skrivs ÅÅÅÅ-MM");
        HttpResponse<String> noHeader = post(Map.of("events", "x,y\n", "prices", prices, "month", ""));
        assertThat(between(noHeader.body(), "class=\"error-summary\"", "</div>")).contains("href=\"#events\"", "Rad 1", "expected the header");
    }

    /** Posts a url-encoded form, as a browser without the file fields would. */
    static HttpResponse<String> post(Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return server.send("POST", "/sjukvardsregion/avrakning", body, "Content-Type", "application/x-www-form-urlencoded");
    }

    /** Posts a multipart form with files, as the page's form does. */
    static HttpResponse<String> upload(Map<String, String> fields, Map<String, String> files) throws Exception {
        String boundary = "----regionkarta" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : new LinkedHashMap<>(fields).entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"; filename=\"" + f.getKey()
                    + ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/sjukvardsregion/avrakning")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
