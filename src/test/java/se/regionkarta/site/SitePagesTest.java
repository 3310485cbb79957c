package se.regionkarta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.site.Tree;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.ProblemType;
import se.regionkarta.web.TestServer;

/** Every kind of page over real HTTP: status, the key facts it shows, language and errors. */
public class SitePagesTest {

    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** Gets a page and checks it is a 200 HTML page in the expected language. */
    static String page(String path) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("<html lang=\"" + (path.contains("lang=en") ? "en" : "sv") + "\">");
        return r.body();
    }

    public static int count(String body, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Nested
    class EveryPage {

        @Test
        @DisplayName("has a title, one h1, landmarks, a skip link first, breadcrumbs and the accessibility link")
        void sharedLayout() {
            for (String path : List.of("/", "/region/kalmar", "/region/kalmar/organisation", "/region/kalmar/politik",
                    "/enhet/kalmar.hsf", "/sjukvardsregion/sydostra", "/kallor", "/kallor/kalmar-deck", "/konflikter",
                    "/sok?q=sjukhus", "/tillganglighet", "/api")) {
                String body = page(path);
                assertThat(body).as(path).containsPattern("<title>[^<]+ – regionkarta</title>");
                assertThat(count(body, "<h1")).as(path + " h1").isEqualTo(1);
                assertThat(body).as(path).contains("<header", "<nav", "<main id=\"main\"", "<footer",
                        "aria-label=\"Du är här\"", "href=\"/tillganglighet\"");
                assertThat(body.indexOf("class=\"skip-link\" href=\"#main\"")).as(path + " skip link before any other link")
                        .isLessThan(body.indexOf("<a", body.indexOf("class=\"skip-link\"") + 1)).isPositive();
                assertThat(body).as(path + " language switch").contains("hreflang=\"en\"");
            }
        }
    }

    @Test
    @DisplayName("the start page lists the 21 regions and the six healthcare regions and has a search box")
    void startPage() {
        String body = page("/");
        assertThat(count(body, "<li><a href=\"/region/")).isEqualTo(21);
        // in the main content: the navigation also links to the settlement calculator under /sjukvardsregion/
        String main = body.substring(body.indexOf("<main"));
        assertThat(count(main, "<li><a href=\"/sjukvardsregion/")).isEqualTo(6);
        assertThat(body).contains("Region Kalmar län", "Sydöstra sjukvårdsregionen", "role=\"search\"",
                "<input type=\"search\" id=\"q\" name=\"q\"", "\"@type\":\"WebSite\"");
    }

    @Test
    @DisplayName("a region page shows formation, administrations, a normal day, care choice, goals and channels")
    void region() {
        String body = page("/region/kalmar");
        assertThat(body).contains("<h1><span>Region Kalmar län</span>", "från 1 januari 2019",
                "Landstinget i Kalmar län", "Regionförbundet i Kalmar län", "Hälso- och sjukvårdsförvaltningen",
                "Regiondirektörens stab", "En vanlig dag", "ungefär 770 per dag", "Läkarbesök på sjukhus",
                "Hälsoval", "<span class=\"stated\">26</span> <span>hälsocentraler</span>",
                "<span class=\"stated\">12</span> <span>läkarmottagningar</span>", "<svg role=\"img\"",
                "Tillsammans för ett friskare, tryggare och rikare liv", "Regionplan 2025–2027", "1177.se i Kalmar län",
                "href=\"/region/kalmar/organisation\"", "href=\"/region/kalmar/politik\"", "href=\"/kallor/kalmar-deck\"");
        assertThat(body).contains("\"@type\":\"GovernmentOrganization\"", "\"subOrganization\":[",
                "\"addressLocality\":\"Kalmar\"");
        assertThat(body).doesNotContain("Medarbetare (timanställda)"); // breakdown of the figure not shown
    }

    @Test
    @DisplayName("a region page as of a day before the region existed says so")
    void regionBeforeItExisted() {
        assertThat(page("/region/kalmar?asOf=2018-06-01")).contains("Enheten fanns inte den valda dagen");
    }

    @Test
    @DisplayName("the organisation page holds every unit of Region Kalmar län as a link in a folding tree")
    void organisation() {
        String body = page("/region/kalmar/organisation");
        Snapshot s = new Snapshot(TestServer.BUNDLED);
        Unit kalmar = s.unit("kalmar").orElseThrow();
        List<Unit> all = Tree.subtree(kalmar, s, LocalDate.now());
        assertThat(all).hasSizeGreaterThan(60);
        for (Unit u : all) {
            String href = u.kind().isTopLevel() ? "/region/" + u.id() : "/enhet/" + u.id();
            assertThat(body).as(u.id()).contains("<a href=\"" + href + "\">" + u.name() + "</a>");
        }
        assertThat(body).contains("<details open>", "<summary>", "?visa=alla");
        assertThat(page("/region/kalmar/organisation?visa=alla")).doesNotContain("<details>");
    }

    @Test
    @DisplayName("a unit page has breadcrumbs, children, figures with sources, identifiers and its governing body")
    void unit() {
        String body = page("/enhet/kalmar.hsf");
        assertThat(body).contains("<a href=\"/region/kalmar\">Region Kalmar län</a>",
                "Länssjukhuset i Kalmar", "Oskarshamns sjukhus", "Västerviks sjukhus", "Diagnostiskt centrum",
                "Medarbetare", "cirka 4\u00a0200", "href=\"/kallor/kalmar-deck\"", "Regionstyrelsen",
                "href=\"/region/kalmar/politik#kalmar.rs\"", "förvaltningschef", "egen regi");
        assertThat(body).contains("\"parentOrganization\":{\"@type\":\"GovernmentOrganization\"");
        String hospital = page("/enhet/kalmar.oskarshamns-sjukhus");
        assertThat(hospital).contains("Oskarshamn", "0882", "\"addressLocality\":\"Oskarshamn\"",
                "<a href=\"/enhet/kalmar.hsf\">Hälso- och sjukvårdsförvaltningen</a>");
    }

    @Test
    @DisplayName("the politics page draws the 67 seats of 2022–2026 by party with majority and opposition")
    void politics() {
        String body = page("/region/kalmar/politik?asOf=2025-06-01");
        assertThat(count(body, "class=\"seat\"")).isEqualTo(67);
        assertThat(count(body, "fill=\"#e8112d\" class=\"seat\"")).isEqualTo(24);
        assertThat(body).contains("Mandatfördelning 2022–2026: S 24, C 6, V 5, M 12, SD 12, KD 8 (67)",
                "<td class=\"num\">24</td>", "majoritet", "S, C, V – 35 mandat", "M, SD, KD – 32 mandat",
                "Regionstyrelsen", "15 ledamöter", "Angelica Katsanidou", "Regionråd (7)", "Oppositionsråd (6)",
                "Kollektivtrafiknämnden", "Kalmar länstrafik", "Samverkansnämnden");
    }

    @Test
    @DisplayName("the politics page says plainly when the running term's seats are not recorded yet")
    void politicsOfATermWithoutSeats() {
        String body = page("/region/kalmar/politik?asOf=2026-11-26");
        assertThat(body).contains("Mandatperioden 2026–2030", "Mandatfördelningen för mandatperioden 2026–2030 finns inte i registret ännu",
                "senast registrerade, för 2022–2026", "asOf=2026-10-14");
        assertThat(count(body, "class=\"seat\"")).isEqualTo(67);
    }

    @Test
    @DisplayName("the healthcare region page shows members, the joint committee per region, rotation and programme areas")
    void healthcareRegion() {
        String body = page("/sjukvardsregion/sydostra");
        assertThat(body).contains("Region Östergötland", "Region Jönköpings län", "Region Kalmar län", "Samverkansnämnden",
                "Ledamöter och ersättare per region", "<td class=\"num\">3</td>", "<td class=\"num\">9</td>",
                "vart 2:e år", "Regionsjukvårdsledningen", "Kunskapsråd", "RPO Akut vård", "Linköpingsregionen");
        assertThat(page("/sjukvardsregion/sodra")).contains("Region Halland", "genom kommunerna med kod 1380, 1315, 1381");
    }

    @Test
    @DisplayName("the sources list every source, and a source page every fact that cites it")
    void sources() {
        assertThat(page("/kallor")).contains("href=\"/kallor/kalmar-deck\"", "egen publikation");
        assertThat(page("/kallor/kalmar-deck")).contains("href=\"/enhet/kalmar.hsf\"", "Hälso- och sjukvårdsförvaltningen",
                "Mandatfördelning i regionfullmäktige", "nyckeltal");
    }

    @Test
    @DisplayName("the conflicts page shows each value with its sources, the value shown and the rule")
    void conflicts() {
        String body = page("/konflikter");
        assertThat(body).contains("Antal förvaltningar", "<th scope=\"row\">8", "<th scope=\"row\">9",
                "Redaktionellt beslut", "Nyaste källan", "Ordningen i data", "href=\"/kallor/kalmar-organisation\"",
                "href=\"/kallor/kalmar-jobs\"", "1\u00a0194");
        assertThat(body).contains("id=\"k-kalmar-administration-count\"");
    }

    @Test
    @DisplayName("search finds Oskarshamns sjukhus and groups the hits by kind; the suggestions answer JSON")
    void search() {
        String body = page("/sok?q=Oskarshamns+sjukhus");
        assertThat(body).contains("<h2>Enheter", "href=\"/enhet/kalmar.oskarshamns-sjukhus\"", "value=\"Oskarshamns sjukhus\"");
        assertThat(page("/sok")).contains("role=\"search\"").doesNotContain("role=\"status\"");
        HttpResponse<String> json = server.get("/sok/forslag?q=oskarsh");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.body()).contains("\"href\":\"/enhet/kalmar.oskarshamns-sjukhus\"");
    }

    @Test
    @DisplayName("the accessibility statement names the law, WCAG 2.1 AA, how it is tested and how to report")
    void accessibility() {
        assertThat(page("/tillganglighet")).contains("Tillgänglighetsredogörelse", "2018:1937",
                "lagen om tillgänglighet till digital offentlig service", "WCAG 2.1", "axe-core", "Kända brister",
                "Rapportera brister", "Digg");
    }

    @Test
    @DisplayName("the API page lists the operations and has one anchor per problem type, linked both ways")
    void api() {
        String body = page("/api");
        assertThat(body).contains("/api/v1/units", "/api/v1/regions/{id}", "href=\"/api/v1/openapi.json\"");
        for (ProblemType p : ProblemType.values()) {
            assertThat(body).contains("id=\"problem-" + p.code() + "\"", "href=\"" + p.uri() + "\"");
        }
        assertThat(body).contains("href=\"#problem-bad-parameter\"", "href=\"#problem-not-found\"");
    }

    @Nested
    class InEnglish {

        @Test
        @DisplayName("switches <html lang>, the labels and every link to English")
        void english() {
            String body = page("/?lang=en");
            assertThat(body).contains("Skip to main content", "The regions of Sweden", "href=\"/region/kalmar?lang=en\"",
                    "href=\"/?lang=en\"", "href=\"/\" lang=\"sv\" hreflang=\"sv\">Svenska</a>");
            assertThat(body).doesNotContain("href=\"/region/kalmar\"");
        }

        @Test
        @DisplayName("shows English names where the data have them and marks Swedish text as Swedish")
        void englishNames() {
            String unit = page("/enhet/kalmar.hsf?lang=en");
            assertThat(unit).contains("Health Care Administration", "Governed by", "Key figures", "about 4,200",
                    "<span class=\"other-name\" lang=\"sv\">Hälso- och sjukvårdsförvaltningen</span>",
                    "href=\"/enhet/kalmar.oskarshamns-sjukhus?lang=en\"");
            String politics = page("/region/kalmar/politik?lang=en&asOf=2025-06-01");
            assertThat(politics).contains("Politics in Region Kalmar County", "Commissioners (7)",
                    "href=\"/region/kalmar/politik?asOf=2025-06-01\" lang=\"sv\"");
        }

        @Test
        @DisplayName("carries a chosen day from page to page")
        void carriesTheDay() {
            assertThat(page("/region/kalmar?lang=en&asOf=2025-06-01"))
                    .contains("href=\"/region/kalmar/politik?lang=en&amp;asOf=2025-06-01\"");
        }
    }

    @Nested
    class Errors {

        @Test
        @DisplayName("an unknown id is a 404 HTML page in the page's language")
        void unknownIds() {
            for (String path : List.of("/enhet/nosuch", "/region/nosuch", "/region/kalmar.hsf", "/region/nosuch/politik",
                    "/region/nosuch/organisation", "/sjukvardsregion/nosuch", "/kallor/nosuch", "/nosuch/page")) {
                HttpResponse<String> r = server.get(path, "Accept", "text/html");
                assertThat(r.statusCode()).as(path).isEqualTo(404);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
                assertThat(r.body()).as(path).contains("<html lang=\"sv\">", "<h1>Sidan finns inte</h1>", "<main id=\"main\"");
            }
            assertThat(server.get("/enhet/nosuch").body()).contains("Det finns ingen enhet med id ”nosuch”.");
            assertThat(server.get("/enhet/nosuch?lang=en").body()).contains("<html lang=\"en\">", "Page not found",
                    "There is no unit with the id “nosuch”.");
        }

        @Test
        @DisplayName("a date that cannot be read is a 400 HTML page that says how to write it")
        void badDates() {
            for (String bad : List.of("2025-13-01", "2025-02-30", "igår", "2025-6-1", "20250601", "%3Cscript%3E")) {
                for (String path : List.of("/region/kalmar", "/region/kalmar/organisation", "/region/kalmar/politik",
                        "/enhet/kalmar.hsf")) {
                    HttpResponse<String> r = server.get(path + "?asOf=" + bad);
                    assertThat(r.statusCode()).as(path + " " + bad).isEqualTo(400);
                    assertThat(r.body()).as(path + " " + bad).contains("<h1>Felaktig uppgift i adressen</h1>", "ÅÅÅÅ-MM-DD");
                }
            }
            assertThat(server.get("/region/kalmar?asOf=%3Cscript%3E").body()).contains("”&lt;script&gt;”");
            assertThat(server.get("/region/kalmar?asOf=2025").statusCode()).isEqualTo(200);
            assertThat(server.get("/region/kalmar?asOf=").statusCode()).isEqualTo(200);
        }

        @Test
        @DisplayName("no input makes the site answer 500")
        void noServerErrors() {
            for (String path : List.of("/sok?q=Kalmar%20OR", "/sok?q=%22", "/sok?q=*", "/sok?q=" + "a".repeat(5000),
                    "/sok?q=%F0%9F%98%80", "/sok?q=%00", "/sok/forslag?q=%5B", "/sok/forslag", "/sok?q=",
                    "/?lang=xx", "/region/kalmar?lang=en&lang=sv", "/region/kalmar?asOf=9999-12-31",
                    "/region/kalmar?asOf=0001-01-01", "/region/kalmar/politik?asOf=1900-01-01",
                    "/region/landstinget-kalmar", "/region/landstinget-kalmar/politik", "/region/stockholm/politik",
                    "/region/halland", "/region/halland/organisation", "/region/halland/politik", "/enhet/kalmar",
                    "/region/kalmar/organisation?visa=%3Cx%3E", "/enhet/%3Cscript%3E", "/kallor/%3Cb%3E")) {
                HttpResponse<String> r = server.get(path);
                assertThat(r.statusCode()).as(path).isLessThan(500);
            }
            for (String region : new Snapshot(TestServer.BUNDLED).roots(LocalDate.now()).stream().map(Unit::id).toList()) {
                for (String sub : List.of("", "/organisation", "/politik")) {
                    assertThat(server.get("/region/" + region + sub).statusCode()).as(region + sub).isEqualTo(200);
                }
            }
            for (Unit u : TestServer.BUNDLED.all(Unit.class)) {
                assertThat(server.get("/enhet/" + u.id()).statusCode()).as(u.id()).isEqualTo(200);
            }
            TestServer.BUNDLED.all(HealthcareRegion.class).forEach(h ->
                    assertThat(server.get("/sjukvardsregion/" + h.id()).statusCode()).as(h.id()).isEqualTo(200));
            TestServer.BUNDLED.all(Source.class).forEach(src ->
                    assertThat(server.get("/kallor/" + src.id()).statusCode()).as(src.id()).isEqualTo(200));
        }

        @Test
        @DisplayName("a method other than GET on a page is a 405 HTML page")
        void methodNotAllowed() {
            HttpResponse<String> r = server.send("POST", "/region/kalmar", "x=1");
            assertThat(r.statusCode()).isEqualTo(405);
            assertThat(r.body()).contains("<html lang=\"sv\">", "<main id=\"main\"");
        }
    }
}
