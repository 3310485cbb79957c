package se.regionkarta.carechoice.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.regionkarta.site.SitePagesTest;
import se.regionkarta.web.TestServer;

/**
 * The care-choice pages over real HTTP (issue 7): the region page's counts and the scheme pages,
 * counted from the units (a provider taken out of the data changes the count and the verdict),
 * the providers, the listed residents the sources give, the example of the compensation, and the
 * conflicts page.
 */
class CareChoicePagesTest {

    /** One row of a counts table: counted, stated and the verdict, by scheme and ownership. */
    record Count(int counted, Integer stated, String verdict) {
    }

    private static final Pattern ROW = Pattern.compile("<tr(?: data-scheme=\"([^\"]+)\")? data-ownership=\"([a-z-]+)\"[^>]*>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern COUNTED = Pattern.compile("<span class=\"counted\">(\\d+)</span>");
    private static final Pattern STATED = Pattern.compile("<span class=\"stated\">(\\d+)</span>");
    private static final Pattern VERDICT = Pattern.compile("<td class=\"verdict\">([^<]*)</td>");

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String page(TestServer s, String path) {
        HttpResponse<String> r = s.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    /** Reads the counts tables of a page: "scheme/ownership" (or "ownership" on a scheme page) to its row. */
    static Map<String, Count> counts(String body) {
        Map<String, Count> counts = new LinkedHashMap<>();
        Matcher m = ROW.matcher(body);
        while (m.find()) {
            String row = m.group(3);
            Matcher c = COUNTED.matcher(row);
            Matcher st = STATED.matcher(row);
            Matcher v = VERDICT.matcher(row);
            assertThat(c.find() && v.find()).as(row).isTrue();
            counts.put((m.group(1) == null ? "" : m.group(1) + "/") + m.group(2),
                    new Count(Integer.parseInt(c.group(1)), st.find() ? Integer.valueOf(st.group(1)) : null, v.group(1)));
        }
        return counts;
    }

    private static final Map<String, int[]> STATED_BY_THE_DECK = Map.of("kalmar.halsoval", new int[] {26, 12},
            "kalmar.vardval-psykisk-halsa", new int[] {1, 8}, "kalmar.vardval-tandvard", new int[] {17, 13});

    @Test
    @DisplayName("the region page shows the three schemes' providers counted from the units, 26/12, 1/8 and 17/13, each agreeing with the deck")
    void regionPageCounts() {
        String body = page(server, "/region/kalmar");
        Map<String, Count> counts = counts(body);
        STATED_BY_THE_DECK.forEach((scheme, n) -> {
            assertThat(counts.get(scheme + "/region-run")).isEqualTo(new Count(n[0], n[0], "stämmer med källan"));
            assertThat(counts.get(scheme + "/private")).isEqualTo(new Count(n[1], n[1], "stämmer med källan"));
            assertThat(body).contains("<a href=\"/vardval/" + scheme + "\">");
        });
        assertThat(counts).hasSize(6);
        assertThat(body).contains("egen regi: 26 (källan: 26)", "privat vårdgivare: 12 (källan: 12)", "(varav 8 ej namngivna)");
    }

    @Test
    @DisplayName("each scheme page shows its counts from the units beside the deck's, and lists exactly as many provider units")
    void schemePageCounts() {
        STATED_BY_THE_DECK.forEach((scheme, n) -> {
            String body = page(server, "/vardval/" + scheme);
            Map<String, Count> counts = counts(body);
            assertThat(counts).containsEntry("region-run", new Count(n[0], n[0], "stämmer med källan"))
                    .containsEntry("private", new Count(n[1], n[1], "stämmer med källan"));
            String providers = body.substring(body.indexOf("id=\"vardgivare\""), body.indexOf("id=\"exempel\""));
            providers = providers.contains("id=\"tidigare\"") ? providers.substring(0, providers.indexOf("id=\"tidigare\"")) : providers;
            assertThat(SitePagesTest.count(providers, "<tr id=\"")).as(scheme).isEqualTo(n[0] + n[1]);
            assertThat(body).contains("Antalen som räknats fram ur enheterna stämmer med källan.", "Enligt källan (2025)");
        });
    }

    @Test
    @DisplayName("the Hälsoval page lists its providers with links, ownership, operator and town, and marks the units the sources do not name")
    void providers() {
        String body = page(server, "/vardval/kalmar.halsoval");
        assertThat(body).contains("<h1><span>Hälsoval</span></h1>", "<title>Hälsoval – regionkarta</title>",
                "<tr id=\"kalmar.hc.stenso\">",
                "<a href=\"/enhet/kalmar.hc.stenso\">Stensö hälsocentral</a>",
                "<a href=\"/enhet/kalmar.privat.nybro-lakarcentrum\">Nybro Läkarcentrum</a>", "Nybro Läkarcentrum AB",
                "<a href=\"/region/kalmar\">Region Kalmar län</a>", "LOV (2008:962)", "fri etableringsrätt på lika villkor");
        assertThat(SitePagesTest.count(body, "<strong class=\"unnamed-marker\">")).isEqualTo(17);
        assertThat(SitePagesTest.count(body, "class=\"unnamed\"")).isEqualTo(17);
        assertThat(body).contains("21 av enheterna namnges av källorna. 17 står för enheter");
        // a region-run unit is run by the region, a private one by its company or, where no source says, by no one named
        String riddarhus = row(body, "kalmar.privat.riddarhuslakarna");
        assertThat(riddarhus).contains("privat vårdgivare", "Västervik", "anges inte");
        assertThat(row(body, "kalmar.hc.berga")).contains("egen regi", "Region Kalmar län", "Kalmar");
    }

    @Test
    @DisplayName("the listed residents the sources give are shown with their date and source, and nothing where they give none")
    void listedResidents() {
        String body = page(server, "/vardval/kalmar.halsoval");
        assertThat(row(body, "kalmar.privat.nybro-lakarcentrum")).contains("cirka 11\u00a0000 (19 februari 2024)",
                "href=\"/kallor/regionkalmar-nybro-lakarcentrum-2024\"");
        assertThat(row(body, "kalmar.hc.monsteras")).contains("drygt 9\u00a0000 (oktober 2023)");
        assertThat(row(body, "kalmar.hc.berga")).contains("ingen uppgift i källorna").doesNotContain("<strong>");
        // as of a day before the figure's date it is not shown
        assertThat(row(page(server, "/vardval/kalmar.halsoval?asOf=2023-06-01"), "kalmar.hc.monsteras"))
                .contains("ingen uppgift i källorna");
    }

    @Test
    @DisplayName("the providers that left are listed with their last day and the residents they had")
    void formerProviders() {
        String body = page(server, "/vardval/kalmar.halsoval");
        String former = body.substring(body.indexOf("id=\"tidigare\""), body.indexOf("id=\"exempel\""));
        assertThat(SitePagesTest.count(former, "<tr id=\"")).isEqualTo(4);
        assertThat(former).contains("Tidigare vårdgivare (4)", "Emmakliniken", "20 oktober 2017", "Sensia vårdcentral Kalmar",
                "31 juli 2013", "7\u00a0800 (24 juni 2013)", "Sensia Sjukvård i Kalmar AB");
        assertThat(former.indexOf("Emmakliniken")).as("the latest first").isLessThan(former.indexOf("Sensia vårdcentral Kalmar"));
    }

    @Test
    @DisplayName("before the deck's date the counts are shown without a verdict, and the providers of that day are listed")
    void beforeTheSource() {
        String body = page(server, "/vardval/kalmar.halsoval?asOf=2012-06-01");
        Map<String, Count> counts = counts(body);
        String notCompared = "källans siffror är från 2025 och jämförs inte den här dagen";
        assertThat(counts.get("region-run")).isEqualTo(new Count(26, 26, notCompared));
        assertThat(counts.get("private")).as("Sensia, Emmakliniken and Norra Öland were still in the scheme")
                .isEqualTo(new Count(16, 12, notCompared));
        assertThat(body).doesNotContain("id=\"tidigare\"").contains("<tr id=\"kalmar.privat.sensia-kalmar\"");
        assertThat(counts(page(server, "/region/kalmar?asOf=2020-06-01")).get("kalmar.halsoval/private").verdict())
                .isEqualTo(notCompared);
    }

    @Test
    @DisplayName("the example is labelled as made up, charts twelve months with a table of the same numbers, and shows a month by provider")
    void example() {
        String body = page(server, "/vardval/kalmar.vardval-tandvard?asOf=2025-06-01");
        String example = body.substring(body.indexOf("id=\"exempel\""));
        assertThat(example).contains("Exempel, inte verkliga utbetalningar.", "Invånarna är påhittade",
                "De ersättningsnivåer som Region Kalmar län själv använder", "finns inte i någon offentlig källa", "illustrativa",
                "<svg role=\"img\" aria-labelledby=\"example-chart-title\"", "Ersättning per månad 2025 i räkneexemplet",
                "varav", "i åldrar som vårdvalet gäller", "Vårdgivarna i maj 2025");
        assertThat(SitePagesTest.count(example, "class=\"bar-own\"></rect>")).as("a column part a month, and the legend's swatch")
                .isEqualTo(13);
        assertThat(SitePagesTest.count(example, "?month=2025-")).as("each month links to itself").isEqualTo(12);
        assertThat(example).contains("<a href=\"/vardval/kalmar.vardval-tandvard?month=2025-05&amp;asOf=2025-06-01#exempel\" aria-current=\"true\">maj 2025</a>");
        String providers = example.substring(example.indexOf("<tbody>", example.indexOf("class=\"example-providers\"")));
        assertThat(SitePagesTest.count(providers.substring(0, providers.indexOf("</tbody>")), "<tr>")).isEqualTo(30);

        String march = page(server, "/vardval/kalmar.vardval-tandvard?month=2025-03");
        assertThat(march).contains("Vårdgivarna i mars 2025", "aria-current=\"true\">mars 2025</a>", "Andra år: <a href=\"/vardval/kalmar.vardval-tandvard?month=2024-12#exempel\">2024</a>");
        assertThat(page(server, "/vardval/kalmar.vardval-tandvard?month=2025-03")).as("the same every time").isEqualTo(march);
    }

    @Test
    @DisplayName("the example's month table holds the chart's numbers and each month's providers add up to its total")
    void exampleNumbersAddUp() {
        String body = page(server, "/vardval/kalmar.halsoval?month=2025-04");
        Matcher april = Pattern.compile("april 2025</a></th><td class=\"num\">([^<]+)</td><td class=\"num\">([^<]+)</td><td class=\"num\">([^<]+)</td>")
                .matcher(body);
        assertThat(april.find()).isTrue();
        long own = ore(april.group(1));
        long priv = ore(april.group(2));
        assertThat(own + priv).isEqualTo(ore(april.group(3)));
        String providers = body.substring(body.indexOf("class=\"example-providers\""));
        providers = providers.substring(0, providers.indexOf("</table>"));
        Matcher paid = Pattern.compile("<td class=\"num\">[^<]+</td><td class=\"num\">([^<]+ kr)</td></tr>").matcher(providers);
        long sum = 0;
        int rows = 0;
        while (paid.find()) {
            sum += ore(paid.group(1));
            rows++;
        }
        assertThat(rows).isEqualTo(38 + 1); // the providers and the total
        assertThat(sum).isEqualTo(2 * ore(april.group(3)));
    }

    private static long ore(String kronor) {
        return Long.parseLong(kronor.replace(" kr", "").replaceAll("[\\s\u00a0\u202f]", "").replace(",", ""));
    }

    @Test
    @DisplayName("in English the page, the counts and the example speak English, data in Swedish marked as such")
    void english() {
        String body = page(server, "/vardval/kalmar.halsoval?lang=en");
        assertThat(body).contains("<h1><span>Health choice (primary care)</span></h1>", "Number of providers", "agrees with the source",
                "Unnamed region-run health centre 1", "An example, not real payments.", "Compensation per month",
                "SEK ", "Stated by the source (2025)", "<p class=\"lead\" lang=\"sv\">");
        assertThat(counts(body).get("region-run")).isEqualTo(new Count(26, 26, "agrees with the source"));
    }

    @Test
    @DisplayName("an unknown scheme is a 404 page, a month that cannot be read a 400, and a year with no model version says so")
    void errors() {
        HttpResponse<String> missing = server.get("/vardval/finns-inte");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Det finns ingen sida om vårdval med id ”finns-inte”");
        for (String month : List.of("2025-13", "mars", "2025-3", "2025-03-01")) {
            HttpResponse<String> r = server.get("/vardval/kalmar.halsoval?month=" + month);
            assertThat(r.statusCode()).as(month).isEqualTo(400);
            assertThat(r.body()).contains("Skriv den som ÅÅÅÅ-MM");
        }
        String early = page(server, "/vardval/kalmar.halsoval?asOf=2018-06-01");
        assertThat(early).contains("Det finns inget räkneexempel för 2018: den illustrativa modellen betalar åren 2024–2100.",
                "href=\"/vardval/kalmar.halsoval?month=2024-12&amp;asOf=2018-06-01#exempel\"");
    }

    @Test
    @DisplayName("a scheme with no provider units and no stated count says so, and has no example")
    void schemeWithoutProviders() {
        String body = page(server, "/vardval/halland.vardval");
        assertThat(body).contains("<h1><span>Vårdval Halland</span></h1>",
                "Registret har inga vårdenheter i vårdvalet, och källan anger inget antal.",
                "Registret har inga vårdgivare i vårdvalet den valda dagen.", "registret har inga vårdenheter i vårdvalet det året")
                .doesNotContain("stämmer med källan", "<figure class=\"chart\">");
        assertThat(counts(body)).isEmpty();
        assertThat(page(server, "/region/halland")).contains("<a href=\"/vardval/halland.vardval\">Vårdval Halland</a>",
                "Registret har inga vårdgivare för vårdvalet.");
    }

    @Test
    @DisplayName("the conflicts page finds no scheme whose units disagree with the bundled data's sources")
    void noConflicts() {
        String body = page(server, "/konflikter");
        assertThat(body).contains("Vårdval där enheterna och källan inte stämmer (0)", "stämmer de framräknade antalen med källorna");
    }

    private static String row(String body, String unitId) {
        int start = body.indexOf("<tr id=\"" + unitId + "\"");
        assertThat(start).as(unitId).isPositive();
        return body.substring(start, body.indexOf("</tr>", start));
    }

    /** The bundled data with Stensö hälsocentral taken out of Hälsoval: the counts come from the units, so they change. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithAProviderRemoved {

        private TestServer changed;

        @BeforeAll
        void start() {
            changed = TestServer.start(CareChoiceTestData.without(TestServer.BUNDLED, CareChoiceTestData.STENSO));
        }

        @AfterAll
        void stop() {
            changed.close();
        }

        @Test
        @DisplayName("the region page counts 25 region-run health centres against the deck's 26 and says they differ")
        void regionPage() {
            Map<String, Count> counts = counts(page(changed, "/region/kalmar"));
            assertThat(counts.get("kalmar.halsoval/region-run")).isEqualTo(new Count(25, 26, "skiljer sig från källan (-1)"));
            assertThat(counts.get("kalmar.halsoval/private")).isEqualTo(new Count(12, 12, "stämmer med källan"));
            assertThat(counts.get("kalmar.vardval-tandvard/region-run")).isEqualTo(new Count(17, 17, "stämmer med källan"));
            assertThat(page(changed, "/region/kalmar")).contains("egen regi: 25 (källan: 26)");
        }

        @Test
        @DisplayName("the scheme page counts 25, lists 37 providers, and says the counts differ from the source")
        void schemePage() {
            String body = page(changed, "/vardval/kalmar.halsoval");
            assertThat(counts(body).get("region-run")).isEqualTo(new Count(25, 26, "skiljer sig från källan (-1)"));
            assertThat(body).contains("Vårdgivare (37)", "skiljer sig från källan: en enhet saknas").doesNotContain("<tr id=\"kalmar.hc.stenso\"");
            assertThat(body).doesNotContain("/enhet/kalmar.hc.stenso\">Stensö hälsocentral</a></th><td>egen regi</td>");
        }

        @Test
        @DisplayName("the conflicts page lists Hälsoval with its counts, and nothing before the deck's date")
        void conflicts() {
            String body = page(changed, "/konflikter");
            assertThat(body).contains("Vårdval där enheterna och källan inte stämmer (1)", "id=\"vardval-kalmar.halsoval\"",
                    "<a href=\"/vardval/kalmar.halsoval\">Hälsoval</a>");
            assertThat(counts(body).get("kalmar.halsoval/region-run")).isEqualTo(new Count(25, 26, "skiljer sig från källan (-1)"));
            assertThat(counts(body)).as("only the rows of the scheme that disagrees").hasSize(2);
            assertThat(page(changed, "/konflikter?asOf=2024-06-01")).contains("Vårdval där enheterna och källan inte stämmer (0)");
        }
    }

    /** An operator's name with markup in it is shown as text. */
    @Nested
    class Escaping {

        @Test
        @DisplayName("an operator's name and a note with a script tag are escaped on the scheme page")
        void escaped() {
            try (TestServer evil = TestServer.start(CareChoiceTestData.withEvilOperator(TestServer.BUNDLED, "kalmar.halsoval.riddarhuslakarna"))) {
                String body = page(evil, "/vardval/kalmar.halsoval");
                assertThat(body).doesNotContain("<script>alert").contains("&lt;script&gt;alert('vårdval')&lt;/script&gt; &amp; \"AB\"");
            }
        }
    }
}
