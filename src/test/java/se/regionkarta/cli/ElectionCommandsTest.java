package se.regionkarta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.regionkarta.App;
import se.regionkarta.json.Json;

/** The election commands as a user runs them, in-process: output, exit codes and errors naming file and line. */
class ElectionCommandsTest {

    static final String OSTERGOTLAND = "src/test/resources/elections/2022-ostergotland-votes.csv";
    static final String HEADER = "valkrets,rostberattigade,fasta_mandat,party,votes\n";

    @TempDir
    Path dir;

    static Cli.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = App.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Cli.Run(code, out.toString(), err.toString());
    }

    Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    @DisplayName("seats on the Östergötland 2022 votes prints S 32, M 22, SD 16, V 9, KD 8, C 6, L 5, MP 3 and every constituency")
    void ostergotlandText() {
        Cli.Run run = run("seats", "--votes", OSTERGOTLAND, "--seats", "101");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("101 seats: 90 fixed constituency seats and 11 adjustment seats");
        List<String> totals = new ArrayList<>();
        for (String party : List.of("S 32", "M 22", "SD 16", "V 9", "KD 8", "C 6", "L 5", "MP 3")) {
            String[] p = party.split(" ");
            totals.add("(?m)^  " + p[0] + " +\\d+ +[0-9.]+ +\\d+ +\\d+ +" + p[1] + " +\\d+$");
        }
        totals.forEach(t -> assertThat(run.out()).containsPattern(t));
        assertThat(run.out()).contains("Linköping: 32 fixed seats (129575 eligible voters)", "Norrköping: 27 fixed seats",
                "Kinda Åtvid Valdemarsvik Söderköping: 8 fixed seats", "Motala Finspång: 13 fixed seats",
                "Below the threshold", "Ties: none", "Surplus returned: none");
        assertThat(run.out()).containsPattern("(?m)^ +1 +S +27767\\.50 +fixed$").containsPattern("(?m)^ +33 +MP +1538\\.67 +adjustment$");
    }

    @Test
    @DisplayName("seats --format json prints exactly the keys of issue 4, and the official totals")
    void ostergotlandJson() throws Exception {
        Cli.Run run = run("seats", "--votes", OSTERGOTLAND, "--seats", "101", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(names(json)).containsSubsequence("totalSeats", "fixedSeats", "adjustmentSeats", "thresholdPercent")
                .contains("parties", "constituencies", "ties", "surplusReturned");
        assertThat(json.get("totalSeats").asInt()).isEqualTo(101);
        assertThat(json.get("fixedSeats").asInt()).isEqualTo(90);
        assertThat(json.get("adjustmentSeats").asInt()).isEqualTo(11);
        assertThat(run.out()).contains("\"thresholdPercent\" : 3.0,");
        assertThat(json.get("thresholdPercent").asDouble()).isEqualTo(3.0);
        JsonNode s = json.get("parties").get(0);
        assertThat(names(s)).containsSubsequence("party", "votes", "qualified", "fixed", "adjustment", "total");
        assertThat(s.get("party").asText() + " " + s.get("total").asInt()).isEqualTo("S 32");
        assertThat(s.get("fixed").asInt() + s.get("adjustment").asInt()).isEqualTo(32);
        JsonNode c = json.get("constituencies").get(0);
        assertThat(names(c)).contains("name", "fixedSeats", "seats", "adjustmentSeats");
        assertThat(c.get("seats").isObject() && c.get("adjustmentSeats").isObject()).isTrue();
        assertThat(json.get("ties").isArray() && json.get("surplusReturned").isArray()).isTrue();
    }

    @Test
    @DisplayName("bad votes exit 2 with every problem on standard error as FILE:LINE: message")
    void badVotes() throws Exception {
        Path votes = file("votes.csv", HEADER + "K,1,,S,5\nK,1,,M,-3\nK,2,,C,1\n");

        Cli.Run run = run("seats", "--votes", votes.toString(), "--seats", "10");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(votes + ":3: votes cannot be negative, got -3",
                votes + ":4: constituency K has rostberattigade 2 here but 1 on line 2");
    }

    @Test
    @DisplayName("an empty file, unknown columns, non-UTF-8 bytes and inconsistent fixed seats exit 2 naming the line")
    void badFiles() throws Exception {
        assertThat(run("seats", "--votes", file("e.csv", "").toString(), "--seats", "9").err()).contains("e.csv: the file is empty");
        Cli.Run columns = run("seats", "--votes", file("c.csv", "valkrets,party,votes,x\nK,S,1,2\n").toString(), "--seats", "9");
        assertThat(columns.exitCode()).isEqualTo(2);
        assertThat(columns.err()).contains("c.csv:1: unknown column 'x'");
        Path latin1 = dir.resolve("l.csv");
        Files.write(latin1, (HEADER + "Link\u00f6ping,1,,S,5\n").getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run notUtf8 = run("seats", "--votes", latin1.toString(), "--seats", "9");
        assertThat(notUtf8.exitCode()).isEqualTo(2);
        assertThat(notUtf8.err()).contains("l.csv:2: the file is not UTF-8");
        Cli.Run fixed = run("seats", "--votes", file("f.csv", HEADER + "Norra,600,7,S,10\nSödra,400,2,S,10\n").toString(),
                "--seats", "10");
        assertThat(fixed.exitCode()).isEqualTo(2);
        assertThat(fixed.err()).contains("f.csv:2: constituency Norra is given 7 fixed seats, but its eligible voters give it 5");
    }

    @Test
    @DisplayName("a missing file, a bad --seats and a bad --threshold exit 2")
    void usage() throws Exception {
        assertThat(run("seats", "--votes", dir.resolve("none.csv").toString(), "--seats", "9").err()).contains("no such file");
        assertThat(run("seats", "--votes", OSTERGOTLAND, "--seats", "0").exitCode()).isEqualTo(2);
        assertThat(run("seats", "--votes", OSTERGOTLAND, "--seats", "101", "--threshold", "120").err()).contains("--threshold");
        assertThat(run("seats", "--votes", OSTERGOTLAND).exitCode()).isEqualTo(2);
        assertThat(run("seats", "--votes", OSTERGOTLAND, "--seats", "101", "--body", "x").err()).contains("--emit-data");
    }

    @Test
    @DisplayName("a tie is reported with the seed, and the same seed gives the same result")
    void tie() throws Exception {
        Path votes = file("tie.csv", HEADER + "K,,,A,100\nK,,,B,100\n");

        Cli.Run first = run("seats", "--votes", votes.toString(), "--seats", "1", "--seed", "42");
        Cli.Run again = run("seats", "--votes", votes.toString(), "--seats", "1", "--seed", "42");

        assertThat(first.out()).contains("Ties decided by lot (seed 42", "A, B tied at 83.33", "(this decided who got the seat)");
        assertThat(again.out()).isEqualTo(first.out());
    }

    @Test
    @DisplayName("a surplus returned is explained: whose seat, where, and who got it")
    void surplus() throws Exception {
        Path votes = file("s.csv", HEADER + "K1,,5,X,1000\nK1,,5,Y,100\nK1,,5,Z,90\nK2,,4,Y,1000\nK2,,4,Z,950\n");

        Cli.Run run = run("seats", "--votes", votes.toString(), "--seats", "10");

        assertThat(run.out()).contains("X gave back its seat in K1 (comparison figure 111.11); it went to Y (83.33)",
                "X gave back its seat in K1 (comparison figure 142.86); it went to Z (75.00)");
    }

    @Test
    @DisplayName("--emit-data prints rows of seats.csv citing the source, and warns about what the registry lacks")
    void emitData(@TempDir Path home) {
        Cli.Run run = run("seats", "--votes", OSTERGOTLAND, "--seats", "101", "--emit-data", "--body", "ostergotland.rf",
                "--term", "2022-2026", "--source", "valmyndigheten-rf-2022#Östergötland", "--home", home.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("body,term,party,seats,sources,basis\n"
                + "ostergotland.rf,2022-2026,S,32,valmyndigheten-rf-2022#Östergötland,derived\n"
                + "ostergotland.rf,2022-2026,M,22,");
        assertThat(run.out().lines()).hasSize(9);
        assertThat(run.err()).contains("warning: no source has the id 'valmyndigheten-rf-2022' yet").doesNotContain("no body");
        Cli.Run badTerm = run("seats", "--votes", OSTERGOTLAND, "--seats", "101", "--emit-data", "--body", "ostergotland.rf",
                "--term", "2022", "--source", "x", "--home", home.toString());
        assertThat(badTerm.exitCode()).isEqualTo(2);
        assertThat(badTerm.err()).contains("--term must be written YYYY-YYYY");
    }

    @Test
    @DisplayName("committee-seats divides by d'Hondt with joint lists, and says how many members must ask for it")
    void committee() throws Exception {
        Path groups = file("g.csv", "group,ballots,cartel\nA,9,\nB,5,BC\nC,3,BC\n");

        Cli.Run text = run("committee-seats", "--groups", groups.toString(), "--seats", "4", "--present", "17");
        Cli.Run json = run("committee-seats", "--groups", groups.toString(), "--seats", "4", "--format", "json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).containsPattern("(?m)^  A +9 +– +2$").containsPattern("(?m)^  B +5 +BC +1$")
                .contains("Joint list BC (8 ballots, 2 seats)", "With 17 members present, 4 of them must ask");
        JsonNode r = Json.mapper().readTree(json.out());
        assertThat(r.get("groups").get(2).get("seats").asInt()).isEqualTo(1);
        assertThat(r.has("membersNeededToRequest")).isFalse();
    }

    @Test
    @DisplayName("committee-seats refuses a bad groups file with exit 2, naming the line")
    void committeeBad() throws Exception {
        Cli.Run run = run("committee-seats", "--groups", file("g.csv", "group,ballots\nA,x\n").toString(), "--seats", "3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("g.csv:2: ballots must be a whole number, got 'x'");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
