package se.regionkarta.cooperation.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.regionkarta.App;

/** The settle and generate-care-events commands, run in-process on the bundled registry data. */
class SettleCommandTest {

    private static final String DATA = Path.of("data").toAbsolutePath().toString();

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = App.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(DATA);
        return new Run(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private Path prices() throws IOException {
        return file("prices.csv", Fixture.PRICES);
    }

    private Path events(String... rows) throws IOException {
        return file("events.csv", Fixture.HEADER + String.join("\n", rows) + "\n");
    }

    @Test
    @DisplayName("settle prints each pair of regions and month with its amount, and the total")
    void text() throws IOException {
        Run r = run("settle", "--events", events("kalmar,ostergotland,ostergotland.us,2025-03-01,visit,kardiologi,2",
                "jonkoping,ostergotland,ostergotland,2025-03-02,drg,F62C,1.2345").toString(), "--prices", prices().toString(),
                "--lines");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("2 rows, 2 priced, 0 not priced")
                .containsPattern("jonkoping +ostergotland +2025-03 +1 +84 455.07")
                .containsPattern("kalmar +ostergotland +2025-03 +1 +6 201.00")
                .containsPattern("visit kardiologi, 2 visits × 3 100.50 +1 +6 201.00")
                .containsPattern("total +2 +90 656.07");
    }

    @Test
    @DisplayName("settle --format json gives amounts in öre and as SEK text, lines, and the events not priced")
    void json() throws IOException {
        Run r = run("settle", "--events", events("kalmar,ostergotland,ostergotland.us,2025-03-01,visit,kardiologi,2",
                "kalmar,gotlnd,gotlnd.x,2025-03-01,visit,kardiologi,1").toString(), "--prices", prices().toString(),
                "--format", "json");

        assertThat(r.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("totalOre").asLong()).isEqualTo(620_100);
        assertThat(json.get("totalSek").asText()).isEqualTo("6201.00");
        JsonNode pair = json.get("settlements").get(0);
        assertThat(pair.get("home").asText()).isEqualTo("kalmar");
        assertThat(pair.get("month").asText()).isEqualTo("2025-03");
        assertThat(pair.get("lines").get(0).get("quantity").asText()).isEqualTo("2");
        assertThat(pair.get("lines").get(0).get("priceList").asText()).isEqualTo("2025-01-01");
        assertThat(json.get("unpriced").get("byReason").get("unknown-region").asLong()).isEqualTo(1);
        assertThat(json.get("unpriced").get("shown").get(0).get("line").asLong()).isEqualTo(3);
    }

    @Test
    @DisplayName("events not priced are listed with their line; --strict then ends with exit code 1")
    void strict() throws IOException {
        Path events = events("kalmar,ostergotland,ostergotland.us,2025-03-01,visit,kardiologi,2",
                "kalmar,ostergotland,ostergotland.us,2025-03-01,visit,kardiologi,x");

        Run lenient = run("settle", "--events", events.toString(), "--prices", prices().toString());
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains("Not priced: 1 event (malformed 1):").containsPattern("line 3 +malformed");

        assertThat(run("settle", "--events", events.toString(), "--prices", prices().toString(), "--strict").exitCode())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a bad price list or events header ends with exit code 2, naming the file and line")
    void badFiles() throws IOException {
        Path events = events("kalmar,ostergotland,ostergotland.us,2025-03-01,visit,kardiologi,2");
        Path badPrices = file("bad-prices.csv", pricesHeader() + "2025-01-01,2025-12-31,visit,kardiologi,abc\n");
        Run prices = run("settle", "--events", events.toString(), "--prices", badPrices.toString());
        assertThat(prices.exitCode()).isEqualTo(2);
        assertThat(prices.err()).contains(badPrices + ":2: price_sek");

        Path noHeader = file("no-header.csv", "kalmar,ostergotland,ostergotland.us,2025-03-01,visit,kardiologi,2\n");
        Run header = run("settle", "--events", noHeader.toString(), "--prices", prices().toString());
        assertThat(header.exitCode()).isEqualTo(2);
        assertThat(header.err()).contains(noHeader + ":1: expected the header");

        assertThat(run("settle", "--events", dir.resolve("missing.csv").toString(), "--prices", prices().toString()).exitCode())
                .isEqualTo(2);
        assertThat(run("settle", "--events", events.toString(), "--prices", prices().toString(), "--month", "2025-3")
                .err()).contains("--month must be a month written YYYY-MM");
    }

    private static String pricesHeader() {
        return PricesCsv.HEADER + "\n";
    }

    @Test
    @DisplayName("--month settles one month; --budget shares a budget by population to the öre")
    void monthAndBudget() throws IOException {
        Run r = run("settle", "--events", events("kalmar,ostergotland,ostergotland.us,2025-03-01,visit,kardiologi,2",
                "kalmar,ostergotland,ostergotland.us,2025-04-01,visit,kardiologi,1").toString(), "--prices", prices().toString(),
                "--month", "2025-04", "--budget", "100000", "--budget-regions", "ostergotland,jonkoping,kalmar",
                "--format", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("totalOre").asLong()).isEqualTo(310_050);
        assertThat(json.get("outsideMonth").asLong()).isEqualTo(1);
        JsonNode shares = json.get("budget").get("shares");
        long sum = 0;
        for (JsonNode share : shares) {
            sum += share.get("amountOre").asLong();
            assertThat(share.get("figure").asText()).contains(".population.");
        }
        assertThat(shares).hasSize(3);
        assertThat(sum).isEqualTo(10_000_000);
    }

    @Test
    @DisplayName("generate-care-events writes events and prices that settle without a single unpriced event")
    void generate() throws IOException {
        Path events = dir.resolve("generated.csv");
        Path prices = dir.resolve("generated-prices.csv");
        Run g = run("generate-care-events", "--events", "5000", "--year", "2025", "--seed", "7", "--out", events.toString(),
                "--prices-out", prices.toString());
        assertThat(g.exitCode()).as(g.err()).isZero();
        assertThat(g.out()).contains("wrote 5 000 events dated 2025");

        Run s = run("settle", "--events", events.toString(), "--prices", prices.toString(), "--strict");
        assertThat(s.exitCode()).as(s.err()).isZero();
        assertThat(s.out()).contains("5 000 rows, 5 000 priced, 0 not priced");
    }
}
