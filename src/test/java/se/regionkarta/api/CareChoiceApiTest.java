package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.api.ApiClient.field;
import static se.regionkarta.api.ApiClient.ids;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import se.regionkarta.App;
import se.regionkarta.carechoice.site.CareChoiceTestData;
import se.regionkarta.web.TestServer;

/**
 * Care choice over real HTTP (issue 7): the schemes with their providers counted from the units,
 * a scheme's providers, the synthetic example of its compensation, and {@code POST
 * /api/v1/compensations}, which answers exactly as {@code compensate --format json}.
 */
class CareChoiceApiTest {

    static final String SCHEMES = "/api/v1/care-choice-schemes";
    static final String COMPENSATIONS = "/api/v1/compensations";
    static final Path DOCS = Path.of("docs/carechoice");
    static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode row(JsonNode tally, String ownership) {
        for (JsonNode r : tally.get("rows")) {
            if (r.get("ownership").asText().equals(ownership)) {
                return r;
            }
        }
        throw new AssertionError("no row " + ownership + " in " + tally);
    }

    private static JsonNode scheme(JsonNode page, String id) {
        for (JsonNode s : page.get("items")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no scheme " + id);
    }

    @Test
    @DisplayName("the list gives each of Kalmar's schemes its providers counted from the units: 26/12, 1/8, 17/13, agreeing with the deck")
    void listWithTallies() {
        JsonNode page = api.ok(SCHEMES + "?region=kalmar&asOf=2025-06-01");
        assertThat(ids(page)).containsExactlyInAnyOrder("kalmar.halsoval", "kalmar.vardval-psykisk-halsa", "kalmar.vardval-tandvard");
        int[][] expected = {{26, 12}, {1, 8}, {17, 13}};
        String[] schemes = {"kalmar.halsoval", "kalmar.vardval-psykisk-halsa", "kalmar.vardval-tandvard"};
        for (int i = 0; i < schemes.length; i++) {
            JsonNode tally = scheme(page, schemes[i]).get("tally");
            assertThat(tally.get("compared").asBoolean()).isTrue();
            assertThat(tally.get("agrees").asBoolean()).isTrue();
            assertThat(tally.get("statedOn").asText()).isEqualTo("2025-01-01");
            assertThat(row(tally, "REGION_RUN").get("units").asInt()).isEqualTo(expected[i][0]);
            assertThat(row(tally, "REGION_RUN").get("stated").asInt()).isEqualTo(expected[i][0]);
            assertThat(row(tally, "PRIVATE").get("units").asInt()).isEqualTo(expected[i][1]);
            assertThat(row(tally, "PRIVATE").get("agrees").asBoolean()).isTrue();
        }
        JsonNode halsoval = scheme(page, "kalmar.halsoval").get("tally");
        assertThat(row(halsoval, "REGION_RUN").get("unnamed").asInt()).isEqualTo(8);
        assertThat(row(halsoval, "REGION_RUN").get("named").asInt()).isEqualTo(18);
        assertThat(row(halsoval, "REGION_RUN").get("noun").asText()).isEqualTo("hälsocentraler");
    }

    @Test
    @DisplayName("before the deck's date the counts are not compared: the row says nothing about agreeing")
    void notCompared() {
        JsonNode tally = scheme(api.ok(SCHEMES + "?region=kalmar&asOf=2012-06-01"), "kalmar.halsoval").get("tally");
        assertThat(tally.get("compared").asBoolean()).isFalse();
        assertThat(tally.get("agrees").asBoolean()).isTrue();
        assertThat(row(tally, "PRIVATE").get("units").asInt()).isEqualTo(16);
        assertThat(row(tally, "PRIVATE").has("agrees")).isFalse();
    }

    @Test
    @DisplayName("a scheme answers with its provider units, who runs them, the unnamed ones marked, and its former providers")
    void detail() {
        JsonNode s = api.ok(SCHEMES + "/kalmar.halsoval?asOf=2025-06-01");
        assertThat(s.get("asOf").asText()).isEqualTo("2025-06-01");
        assertThat(s.get("inForce").asBoolean()).isTrue();
        assertThat(s.get("name").asText()).isEqualTo("Hälsoval");
        assertThat(s.get("providers")).hasSize(38);
        assertThat(s.get("providers").get(0).get("ownership").asText()).as("region-run first").isEqualTo("REGION_RUN");
        long unnamed = 0;
        JsonNode nybro = null;
        for (JsonNode p : s.get("providers")) {
            unnamed += p.get("named").asBoolean() ? 0 : 1;
            if (p.get("unit").get("id").asText().equals("kalmar.privat.nybro-lakarcentrum")) {
                nybro = p;
            }
        }
        assertThat(unnamed).isEqualTo(17);
        assertThat(nybro).isNotNull();
        assertThat(nybro.get("operator").asText()).isEqualTo("Nybro Läkarcentrum AB");
        assertThat(nybro.get("town").asText()).isEqualTo("Nybro");
        assertThat(nybro.get("unit").get("kind").asText()).isEqualTo("HEALTH_CENTRE");
        assertThat(nybro.get("listedResidents")).hasSize(1);
        assertThat(nybro.get("listedResidents").get(0).get("value").asInt()).isEqualTo(11_000);
        assertThat(nybro.get("listedResidents").get(0).get("sources")).isNotEmpty();
        assertThat(field(s.get("formerProviders"), "lastDay"))
                .containsExactly("2017-10-20", "2015-12-31", "2013-07-31", "2013-06-28");
        assertThat(api.ok(SCHEMES + "/kalmar.halsoval?asOf=2012-06-01").get("formerProviders")).isEmpty();
        api.problem(SCHEMES + "/no-such-scheme", 404);
        api.problem(SCHEMES + "/no-such-scheme/example", 404);
    }

    @Test
    @DisplayName("the example is synthetic and illustrative, has twelve months by ownership, and its providers add up to the month")
    void example() {
        JsonNode e = api.ok(SCHEMES + "/kalmar.vardval-tandvard/example?month=2025-03");
        assertThat(e.get("synthetic").asBoolean()).isTrue();
        assertThat(e.get("illustrative").asBoolean()).isTrue();
        assertThat(e.get("note").asText()).contains("not real payments", "no personal data", "Region Kalmar län itself uses", "not in any public source");
        assertThat(e.get("year").asInt()).isEqualTo(2025);
        assertThat(e.get("month").asText()).isEqualTo("2025-03");
        assertThat(e.get("residents").asInt()).isEqualTo(25_000);
        assertThat(e.get("eligible").asInt()).isLessThan(10_000);
        assertThat(e.get("providerUnits").asInt()).isEqualTo(30);
        assertThat(e.get("months")).hasSize(12);
        JsonNode march = e.get("months").get(2);
        assertThat(march.get("month").asText()).isEqualTo("2025-03");
        assertThat(march.get("regionRunOre").asLong() + march.get("privateOre").asLong()).isEqualTo(march.get("totalOre").asLong());
        long paid = 0;
        for (JsonNode p : e.get("providers")) {
            paid += p.get("amountOre").asLong();
        }
        assertThat(e.get("providers")).hasSize(30);
        assertThat(paid).isEqualTo(march.get("totalOre").asLong());
        assertThat(api.ok(SCHEMES + "/kalmar.vardval-tandvard/example?month=2025-03")).as("the same every time").isEqualTo(e);
        assertThat(api.ok(SCHEMES + "/kalmar.vardval-tandvard/example?year=2025&month=2025-03")).isEqualTo(e);
    }

    @Test
    @DisplayName("without month the example shows the latest month that has ended, of the year asked or of all")
    void exampleDefaults() {
        YearMonth latest = YearMonth.now(ZoneId.of("Europe/Stockholm")).minusMonths(1);
        assertThat(api.ok(SCHEMES + "/kalmar.halsoval/example").get("month").asText()).isEqualTo(latest.toString());
        int past = latest.getYear() - 1;
        assertThat(api.ok(SCHEMES + "/kalmar.halsoval/example?year=" + past).get("month").asText()).isEqualTo(past + "-12");
    }

    @Test
    @DisplayName("a year or month the example is not made for, or a month outside the year given, is a 400 naming the parameter")
    void exampleRefusals() {
        String path = SCHEMES + "/kalmar.halsoval/example";
        assertThat(api.problem(path + "?year=2023", 400).get("detail").asText())
                .isEqualTo("Parameter 'year': must be a whole number from 2024 to 2100, got 2023");
        assertThat(api.problem(path + "?month=2023-12", 400).get("detail").asText())
                .startsWith("Parameter 'month': the example is made for the years 2024 to 2100");
        assertThat(api.problem(path + "?year=2025&month=2026-01", 400).get("detail").asText())
                .isEqualTo("Parameter 'month': must be a month of the year given (2025), got '2026-01'");
        assertThat(api.problem(path + "?month=2025-3", 400).get("detail").asText())
                .isEqualTo("Parameter 'month': a month is written YYYY-MM, got '2025-3'");
        assertThat(api.problem(path + "?asOf=2025-06-01", 400).get("detail").asText()).startsWith("Parameter 'asOf': ");
    }

    @Test
    @DisplayName("with a provider taken out of the data the tally counts 25 against 26 and says they disagree")
    void countsComeFromTheUnits() {
        try (TestServer changed = TestServer.start(CareChoiceTestData.without(TestServer.BUNDLED, CareChoiceTestData.STENSO))) {
            HttpResponse<String> r = changed.get(SCHEMES + "/kalmar.halsoval?asOf=2025-06-01");
            JsonNode tally = ApiClient.parse(r.body()).get("tally");
            assertThat(tally.get("agrees").asBoolean()).isFalse();
            assertThat(row(tally, "REGION_RUN").get("units").asInt()).isEqualTo(25);
            assertThat(row(tally, "REGION_RUN").get("stated").asInt()).isEqualTo(26);
            assertThat(row(tally, "REGION_RUN").get("agrees").asBoolean()).isFalse();
            assertThat(row(tally, "PRIVATE").get("agrees").asBoolean()).isTrue();
            assertThat(ApiClient.parse(r.body()).get("providers")).hasSize(37);
        }
    }

    // ---- POST /api/v1/compensations

    static String file(String name) {
        try {
            return Files.readString(DOCS.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Returns the worked example of docs/carechoice.md as a request body, with changes (null removes a field). */
    static String body(String... changes) {
        ObjectNode b = ApiClient.JSON.createObjectNode().put("model", file("model.yaml")).put("residents", file("residents.csv"))
                .put("listings", file("listings.csv")).put("areas", file("areas.csv")).put("providers", file("providers.csv"))
                .put("visits", file("visits.csv")).put("month", "2025-03");
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                b.remove(changes[i]);
            } else {
                b.set(changes[i], ApiClient.parse(changes[i + 1]));
            }
        }
        return b.toString();
    }

    static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ApiClient.parse(r.body());
    }

    static String problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return ApiClient.parse(r.body()).get("detail").asText();
    }

    private static String quoted(String text) {
        return ApiClient.JSON.valueToTree(text).toString();
    }

    @Test
    @DisplayName("the worked example of docs/carechoice.md: March 2025 pays 64 688.15 SEK, 16 person-days and a visit not paid")
    void workedExample() {
        JsonNode c = ok(api.post(COMPENSATIONS, body(), "application/json"));
        assertThat(c.get("totalOre").asLong()).isEqualTo(6_468_815L);
        assertThat(c.get("totalSek").asText()).isEqualTo("64688.15");
        assertThat(field(c.get("providers"), "amountSek")).containsExactly("32918.00", "15442.35", "16327.80");
        assertThat(c.get("notPaid").get("closedPersonDays").asInt()).isEqualTo(16);
        assertThat(c.get("notPaid").get("visits").asInt()).isEqualTo(1);
        assertThat(c.get("model").get("file").asText()).isEqualTo("model");
        assertThat(c.has("whatIf")).isFalse();
    }

    @Test
    @DisplayName("a what-if moves resident 1 from vc-norr to vc-soder on 5 March: 60.00 SEK moves, the total stays")
    void whatIf() {
        JsonNode w = ok(api.post(COMPENSATIONS, body("whatIf", quoted("1:vc-norr->vc-soder:2025-03-05")), "application/json")).get("whatIf");
        assertThat(w.get("moved").asInt()).isEqualTo(1);
        assertThat(w.get("providers").get(0).get("changeOre").asLong()).isEqualTo(-6_000L);
        assertThat(w.get("providers").get(1).get("changeOre").asLong()).isEqualTo(6_000L);
        assertThat(w.get("totalAfterOre").asLong()).isEqualTo(w.get("totalBeforeOre").asLong());
    }

    @Test
    @DisplayName("the answer is exactly what compensate --format json prints for the same files, but for the model's name")
    void sameAsTheCommand() {
        StringWriter out = new StringWriter();
        CommandLine cli = App.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        List<String> args = new ArrayList<>(List.of("compensate", "--month", "2025-03", "--format", "json",
                "--what-if", "1:vc-norr→vc-soder:2025-03-05"));
        for (String input : List.of("model", "residents", "listings", "areas", "providers", "visits")) {
            args.add("--" + input);
            args.add(DOCS.resolve(input + (input.equals("model") ? ".yaml" : ".csv")).toString());
        }
        assertThat(cli.execute(args.toArray(String[]::new))).isZero();
        ObjectNode command = (ObjectNode) ApiClient.parse(out.toString());
        ((ObjectNode) command.get("model")).put("file", "model");

        assertThat(ok(api.post(COMPENSATIONS, body("whatIf", quoted("1:vc-norr→vc-soder:2025-03-05")), "application/json")))
                .isEqualTo(command);
    }

    @Test
    @DisplayName("a bad line in a file is a 400 naming the field and the line; several are listed with their lines")
    void badLines() {
        String listings = "resident,scheme,provider,from,until\n1,example.vardval,vc-norr,2025-03-10,2025-03-01\n";
        assertThat(problem(api.post(COMPENSATIONS, body("listings", quoted(listings)), "application/json"), 400))
                .startsWith("Request body, field 'listings', line 2: ");
        String residents = "resident,birth_year,sex,home_area\n1,1990,X,a1\n2,1958,M,a2\n3,20x5,M,a1\n4,1985,M,a2\n";
        assertThat(problem(api.post(COMPENSATIONS, body("residents", quoted(residents)), "application/json"), 400))
                .startsWith("Request body, field 'residents': line 2: ").contains("; line 4: ");
        assertThat(problem(api.post(COMPENSATIONS, body("areas", quoted("area,care_need_index\na1,1.0000\na2,0\n")), "application/json"), 400))
                .startsWith("Request body, field 'areas', line 3: ");
        assertThat(problem(api.post(COMPENSATIONS, body("providers", quoted("provider,scheme\n")), "application/json"), 400))
                .startsWith("Request body, field 'providers', line 1: expected the header");
        assertThat(problem(api.post(COMPENSATIONS, body("visits", quoted("scheme,provider,date,patient,visits\nexample.vardval,vc-norr,2025-03-03,nobody,1\n")),
                "application/json"), 400)).startsWith("Request body, field 'visits', line 2: ");
        assertThat(problem(api.post(COMPENSATIONS, body("model", quoted("model: x\nscheme: example.vardval\nversions:\n  - valid_from: 2025-01-01\n    colour: red\n")),
                "application/json"), 400)).startsWith("Request body, field 'model', line ").contains("unknown key 'colour'");
    }

    @Test
    @DisplayName("a month the model does not pay, areas missing for a model with the care need index, and a bad what-if name their field")
    void badRequests() {
        assertThat(problem(api.post(COMPENSATIONS, body("month", quoted("2026-01")), "application/json"), 400))
                .isEqualTo("Request body, field 'month': the model worked-example has no version for 2026-01");
        assertThat(problem(api.post(COMPENSATIONS, body("areas", null), "application/json"), 400))
                .startsWith("Request body, field 'areas': is needed");
        assertThat(problem(api.post(COMPENSATIONS, body("whatIf", quoted("1:vc-norr→vc-nowhere:2025-03-05")), "application/json"), 400))
                .startsWith("Request body, field 'whatIf': 'vc-nowhere' is not a provider");
        assertThat(problem(api.post(COMPENSATIONS, body("whatIf", quoted("move everyone")), "application/json"), 400))
                .startsWith("Request body, field 'whatIf': a what-if is written N:A→B:DATE");
        assertThat(problem(api.post(COMPENSATIONS, body("whatIf", quoted("0:vc-norr→vc-soder:2025-03-05")), "application/json"), 400))
                .contains("field 'whatIf': at least one resident must move");
        assertThat(problem(api.post(COMPENSATIONS, "{\"model\":1,\"colour\":2,\"month\":\"2025-13\",\"whatIf\":3}", "application/json"), 400))
                .contains("field 'colour': not a field", "field 'model': must be a string", "field 'residents': is required",
                        "field 'listings': is required", "field 'month': a month is written YYYY-MM", "field 'whatIf': must be a string");
        assertThat(problem(api.post(COMPENSATIONS, body("month", null), "application/json"), 400)).contains("field 'month': is required");
        assertThat(problem(api.post(COMPENSATIONS, "[]", "application/json"), 400)).contains("must be a JSON object");
        assertThat(problem(api.post(COMPENSATIONS, "{\"model\":", "application/json"), 400)).contains("not valid JSON");
    }

    @Test
    @DisplayName("a body that is not JSON is a 415, a query parameter a 400, a body over 5 MB a 400, and GET a 405")
    void refusals() {
        assertThat(problem(api.post(COMPENSATIONS, file("listings.csv"), "text/csv"), 415)).contains("application/json");
        assertThat(problem(api.post(COMPENSATIONS, body(), "application/json; charset=iso-8859-1"), 415)).contains("UTF-8");
        assertThat(problem(api.post(COMPENSATIONS + "?month=2025-03", body(), "application/json"), 400)).startsWith("Parameter 'month': ");
        String huge = body("visits", quoted("x".repeat(5 * 1024 * 1024)));
        assertThat(problem(api.post(COMPENSATIONS, huge, "application/json"), 413)).contains("larger than the 5 MB");
        assertThat(api.get(COMPENSATIONS).statusCode()).isEqualTo(405);
    }

    @Test
    @DisplayName("a care-choice scheme as of a day it was not in force is answered with inForce false")
    void notInForce() {
        JsonNode halland = api.ok(SCHEMES + "/halland.vardval?asOf=2006-01-01");
        assertThat(halland.get("inForce").asBoolean()).isFalse();
        assertThat(halland.get("providers")).isEmpty();
        assertThat(LocalDate.parse(halland.get("asOf").asText())).isEqualTo(LocalDate.of(2006, 1, 1));
    }
}
