package se.regionkarta.carechoice.cli;

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

/**
 * The commands {@code listings}, {@code compensate} and {@code generate-population}, run in-process
 * through picocli on the worked example of docs/carechoice.md and on a generated county.
 */
class CareChoiceCommandsTest {

    private static final Path EXAMPLE = Path.of("docs", "carechoice");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = App.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String[] example(String... more) {
        return inMonth("2025-03", more);
    }

    private static String[] inMonth(String month, String... more) {
        List<String> args = new ArrayList<>(List.of("compensate", "--month", month, "--model", file("model.yaml"),
                "--residents", file("residents.csv"), "--listings", file("listings.csv"), "--areas", file("areas.csv"),
                "--providers", file("providers.csv"), "--visits", file("visits.csv")));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String file(String name) {
        return EXAMPLE.resolve(name).toString();
    }

    @Test
    @DisplayName("compensate pays the worked example as computed by hand in docs/carechoice.md")
    void workedExample() {
        Run r = run(example());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("ILLUSTRATIVE")
                .containsPattern("vc-norr +region-run +31/31 .* 32 918\\.00\\n")
                .containsPattern("vc-soder +private +15/31 .* 15 442\\.35\\n")
                .containsPattern("vc-vaster +private +16/31 .* 16 327\\.80\\n")
                .containsPattern("total .* 64 688\\.15\\n")
                .contains("Not paid: 16 person-days listed with a provider on days it was not open");
    }

    @Test
    @DisplayName("compensate --format json gives every amount in öre, the lines adding up to each provider's amount")
    void json() throws IOException {
        Run r = run(example("--format", "json"));

        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("totalOre").asLong()).isEqualTo(6_468_815);
        long sum = 0;
        for (JsonNode p : json.get("providers")) {
            long lines = 0;
            for (JsonNode l : p.get("lines")) {
                lines += l.get("amountOre").asLong();
            }
            assertThat(lines).isEqualTo(p.get("amountOre").asLong());
            sum += p.get("amountOre").asLong();
        }
        assertThat(sum).isEqualTo(6_468_815);
        JsonNode vaster = json.get("providers").get(2);
        assertThat(vaster.get("exactOre").asText()).isEqualTo("6073939740000/3720000");   // 1 632 779.5 öre
        assertThat(vaster.get("amountSek").asText()).isEqualTo("16327.80");
    }

    @Test
    @DisplayName("compensate --what-if moves the money between the two providers and leaves the total as it was")
    void whatIf() {
        Run r = run(example("--what-if", "1:vc-norr→vc-soder:2025-03-05"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("moved: 1 resident ")
                .containsPattern("vc-norr +32 918\\.00 +32 858\\.00 +-60\\.00")
                .containsPattern("vc-soder +15 442\\.35 +15 502\\.35 +60\\.00")
                .containsPattern("all providers +64 688\\.15 +64 688\\.15 +0\\.00");
    }

    @Test
    @DisplayName("a what-if to a provider closed on the days moved loses those days, as the rules say")
    void whatIfToAClosedProvider() {
        Run r = run(example("--what-if", "1:vc-norr->vc-vaster:2025-03-05"));

        assertThat(r.out()).containsPattern("all providers +64 688\\.15 +64 628\\.15 +-60\\.00");
    }

    @Test
    @DisplayName("listings counts the residents listed with each provider on a day by the model's age bands")
    void listings() {
        Run r = run("listings", "--residents", file("residents.csv"), "--listings", file("listings.csv"), "--on", "2025-03-21",
                "--model", file("model.yaml"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("example.vardval +vc-vaster +0 +2 +0 +2\\n")
                .containsPattern("total +1 +2 +1 +4\\n");
        Run one = run("listings", "--residents", file("residents.csv"), "--listings", file("listings.csv"), "--on", "2025-03-12",
                "--provider", "vc-soder");
        assertThat(one.out()).containsPattern("vc-soder +0 +0 +0 +0 +1 +0 +1 +0 +0 +2\\n").doesNotContain("vc-norr");
    }

    @Test
    @DisplayName("a bad row ends the command with exit code 2 and FILE:LINE: on standard error")
    void badInput() throws IOException {
        Path listings = dir.resolve("listings.csv");
        Files.writeString(listings, Files.readString(EXAMPLE.resolve("listings.csv")).replace("4,example.vardval,vc-vaster,2025-03-21,",
                "4,example.vardval,vc-vaster,2025-03-32,"));
        String[] args = example();
        args[8] = listings.toString();
        Run r = run(args);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("regionkarta: " + listings + ":7: from must be a day written YYYY-MM-DD, got '2025-03-32'\n");
    }

    @Test
    @DisplayName("a month the model has no version for, a bad month or what-if, and a missing file are usage errors, exit 2")
    void usageErrors() {
        assertThat(run(example()).exitCode()).isZero();
        Run noVersion = run(inMonth("2026-01"));
        assertThat(noVersion.exitCode()).isEqualTo(2);
        assertThat(noVersion.err()).contains("has no version for 2026-01");
        assertThat(run(inMonth("2025-13")).err()).contains("--month must be a month written YYYY-MM");
        assertThat(run(example("--what-if", "ten:a→b")).err()).contains("--what-if:");
        assertThat(run(example("--what-if", "1:vc-norr→vc-nowhere:2025-03-05")).err())
                .contains("'vc-nowhere' is not a provider of scheme example.vardval paid in 2025-03");
        Run missing = run("compensate", "--month", "2025-03", "--model", "no-such.yaml", "--residents", file("residents.csv"),
                "--listings", file("listings.csv"));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file: no-such.yaml");
    }

    @Test
    @DisplayName("generate-population writes a county that compensate and listings read, the same one for the same seed")
    void generateAndSettle() throws IOException {
        Run gen = run("generate-population", "--residents", "30000", "--changes", "6000", "--year", "2025", "--seed", "3",
                "--out", dir.resolve("county").toString());
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        assertThat(gen.out()).contains("wrote 30 000 residents").contains("with 6 000 changes");

        Path c = dir.resolve("county");
        Run r = run("compensate", "--month", "2025-06", "--model", c.resolve("model.yaml").toString(), "--residents",
                c.resolve("residents.csv").toString(), "--listings", c.resolve("listings.csv").toString(), "--areas",
                c.resolve("areas.csv").toString(), "--providers", c.resolve("providers.csv").toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("residents").asLong()).isEqualTo(30_000);
        assertThat(json.get("model").get("illustrative").asBoolean()).isTrue();

        Run counts = run("listings", "--residents", c.resolve("residents.csv").toString(), "--listings",
                c.resolve("listings.csv").toString(), "--on", "2025-06-15", "--format", "json");
        long listed = 0;
        for (JsonNode p : new ObjectMapper().readTree(counts.out()).get("providers")) {
            listed += p.get("total").asLong();
        }
        assertThat(listed).isBetween(29_000L, 30_000L);
    }
}
