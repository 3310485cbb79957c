package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.regionkarta.App;

/** {@code POST /api/v1/settlements} over real HTTP (issue 6): the settle command's JSON, from a JSON body with both CSV files. */
class SettlementApiTest {

    static final String PATH = "/api/v1/settlements";
    static ApiClient api;
    static String events;
    static String prices;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiClient();
        events = Files.readString(Path.of("src/main/resources/settlement/example-events.csv"));
        prices = Files.readString(Path.of("src/main/resources/settlement/example-prices.csv"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static String body(String eventsCsv, String pricesCsv, String... more) {
        ObjectNode b = ApiClient.JSON.createObjectNode().put("events", eventsCsv).put("prices", pricesCsv);
        for (int i = 0; i < more.length; i += 2) {
            b.set(more[i], ApiClient.parse(more[i + 1]));
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

    @Test
    @DisplayName("the worked example of docs/settlement.md settles to 281 217.06 SEK per pair and month, line 8 not priced")
    void example() {
        JsonNode s = ok(api.post(PATH, body(events, prices), "application/json"));

        assertThat(s.get("totalOre").asLong()).isEqualTo(28_121_706L);
        assertThat(s.get("totalSek").asText()).isEqualTo("281217.06");
        assertThat(s.get("settlements")).hasSize(3);
        assertThat(s.get("settlements").get(0).get("home").asText()).isEqualTo("jonkoping");
        assertThat(s.get("settlements").get(0).get("amountSek").asText()).isEqualTo("114016.06");
        assertThat(s.get("unpriced").get("shown").get(0).get("line").asInt()).isEqualTo(8);
        assertThat(s.get("unpriced").get("byReason").get("unknown-region").asInt()).isEqualTo(1);
        assertThat(s.has("budget")).isFalse();
    }

    @Test
    @DisplayName("the answer is exactly what settle --format json prints for the same files, but for their names")
    void sameAsTheCommand(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("events"), events);
        Files.writeString(dir.resolve("prices"), prices);
        StringWriter out = new StringWriter();
        CommandLine cli = App.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("settle", "--events", dir.resolve("events").toString(), "--prices", dir.resolve("prices").toString(),
                "--month", "2025-01", "--format", "json", "--data", Path.of("data").toAbsolutePath().toString());
        assertThat(code).isZero();
        ObjectNode command = (ObjectNode) ApiClient.parse(out.toString());
        command.put("events", "events").put("prices", "prices");

        assertThat(ok(api.post(PATH, body(events, prices, "month", "\"2025-01\""), "application/json"))).isEqualTo(command);
    }

    @Test
    @DisplayName("a bad price row, events without their header, and bad fields are 400 problems naming the field and the line")
    void badBodies() {
        String badPrices = "valid_from,valid_until,kind,code,price_sek\n2025-01-01,2025-12-31,visit,,12.345\n";
        assertThat(problem(api.post(PATH, body(events, badPrices), "application/json"), 400))
                .startsWith("Request body, field 'prices', line 2: ");
        assertThat(problem(api.post(PATH, body("kalmar,ostergotland\n", prices), "application/json"), 400))
                .startsWith("Request body, field 'events', line 1: expected the header");
        assertThat(problem(api.post(PATH, "{\"events\":\"x\",\"colour\":1,\"month\":\"2025-13\",\"show\":-1}", "application/json"), 400))
                .contains("field 'colour': not a field", "field 'prices': is required", "field 'month': a month is written YYYY-MM",
                        "field 'show': must be a whole number from 0 to 1000");
        assertThat(problem(api.post(PATH, "[]", "application/json"), 400)).contains("must be a JSON object");
        assertThat(problem(api.post(PATH, "{\"events\":1,\"prices\":\"\"}", "application/json"), 400))
                .contains("field 'events': must be a string");
    }

    @Test
    @DisplayName("events that cannot be priced are answered, not refused, and show limits how many are listed")
    void unpricedAreAnswered() {
        String lines = events + "kalmar,kalmar,kalmar,2025-01-03,visit,kardiologi,1\nkalmar,ostergotland,ostergotland,2023-01-03,visit,kardiologi,1\n";
        JsonNode s = ok(api.post(PATH, body(lines, prices, "show", "1"), "application/json"));

        assertThat(s.get("notPriced").asInt()).isEqualTo(3);
        assertThat(s.get("unpriced").get("shown")).hasSize(1);
        assertThat(s.get("unpriced").get("byReason").get("same-region").asInt()).isEqualTo(1);
        assertThat(s.get("unpriced").get("byReason").get("no-price-list").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("a body that is not JSON is a 415, a query parameter a 400, a body over 5 MB a 400, and GET a 405")
    void refusals() {
        assertThat(problem(api.post(PATH, events, "text/csv"), 415)).contains("application/json");
        assertThat(problem(api.post(PATH, "x", "multipart/form-data; boundary=x"), 415)).contains("application/json");
        assertThat(problem(api.post(PATH + "?month=2025-01", body(events, prices), "application/json"), 400))
                .startsWith("Parameter 'month': ");
        String huge = body(events + "x".repeat(5 * 1024 * 1024), prices);
        assertThat(problem(api.post(PATH, huge, "application/json"), 413)).contains("larger than the 5 MB");
        assertThat(api.get(PATH).statusCode()).isEqualTo(405);
    }
}
