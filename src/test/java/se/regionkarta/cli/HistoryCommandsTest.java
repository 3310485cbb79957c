package se.regionkarta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.json.Json;

/** History on the command line (issue 5): lineage, diff, the change log, and every read as of a day. */
class HistoryCommandsTest {

    @TempDir
    Path home;

    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    @Test
    @DisplayName("lineage of Region Kalmar län lists both predecessors with the merger, its date and its source")
    void lineageOfKalmar() {
        Cli.Run run = cli.run("lineage", "Region Kalmar län");

        assertThat(run.exitCode()).isZero();
        String predecessors = run.out().substring(run.out().indexOf("predecessors:"), run.out().indexOf("successors:"));
        assertThat(predecessors).contains("Landstinget i Kalmar län  [landstinget-kalmar]",
                "Regionförbundet i Kalmar län  [regionforbundet-kalmar]", "merger 2019-01-01  [kalmar.bildande-2019]",
                "source: kalmar-jobs § Tidigare landstinget");
        assertThat(run.out()).contains("successors: none recorded",
                "key figures of predecessors (history: shown beside the unit's own figures, never added into them):");
    }

    @Test
    @DisplayName("lineage of a predecessor names its successor, and of a transferred function its origin")
    void lineageForwards() {
        assertThat(cli.run("lineage", "landstinget-kalmar").out()).contains("predecessors: none recorded", "successors:",
                "Region Kalmar län  [kalmar]");
        assertThat(cli.run("lineage", "halland.hallandstrafiken").out()).contains("Hallandstrafiken AB  [halland.hallandstrafiken-ab]",
                "transfer of a function 2023-01-01");
    }

    @Test
    @DisplayName("diff of Kalmar from 2018 to 2025 shows the region added, the predecessors closed, the seats and the merger")
    void diffOfKalmar() {
        Cli.Run run = cli.run("diff", "kalmar", "--from", "2018-06-01", "--to", "2025-06-01");

        assertThat(run.exitCode()).isZero();
        String out = run.out();
        String added = out.substring(out.indexOf("added ("), out.indexOf("closed ("));
        assertThat(added).contains("Region Kalmar län  [kalmar]", "Hälso- och sjukvårdsförvaltningen  [kalmar.hsf] under Region Kalmar län");
        assertThat(out.substring(out.indexOf("closed ("))).startsWith("closed (2):")
                .contains("Landstinget i Kalmar län  [landstinget-kalmar]", "Regionförbundet i Kalmar län  [regionforbundet-kalmar]");
        assertThat(out).contains("seats of Regionfullmäktige [kalmar.rf]:", "2022-2026 S 24, M 12",
                "events (1):", "merger 2019-01-01  [kalmar.bildande-2019]  ← kalmar-jobs");
    }

    @Test
    @DisplayName("diff refuses days in the wrong order and a unit that is not a region")
    void diffInput() {
        assertThat(cli.run("diff", "kalmar", "--from", "2025", "--to", "2019").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("diff", "kalmar", "--from", "2025-02-30").err()).contains("--from");
        assertThat(cli.run("diff", "kalmar.hsf", "--from", "2020").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(cli.run("diff", "halland", "--from", "2022-06-01", "--to", "2023-06-01").out())
                .contains("added (1):", "Hallandstrafiken  [halland.hallandstrafiken] under Region Halland",
                        "closed (1):", "Hallandstrafiken AB", "transfer of a function 2023-01-01");
    }

    @Test
    @DisplayName("bodies as of 2020 shows the 2018-2022 seats of the assembly, and as of 2025 those of 2022-2026")
    void bodiesAsOf() {
        assertThat(cli.run("bodies", "kalmar", "--as-of", "2020-06-01").out())
                .contains("(term 2018-2022)", "seats 2018-2022: S 25, M 10, SD 10, C 8, KD 7, V 4, L 3 = 67");
        assertThat(cli.run("bodies", "kalmar", "--as-of", "2025-06-01").out())
                .contains("seats 2022-2026: S 24, M 12, SD 12, KD 8, C 6, V 5 = 67").doesNotContain("seats 2018-2022");
    }

    @Test
    @DisplayName("changes after load lists the inserts, oldest first, and --after resumes after a sequence number")
    void changesAfterLoad() {
        cli.run("load");
        Cli.Run run = cli.run("changes", "--limit", "3");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("\\s+1  \\S+  insert  sources\\s+\\S+  by \\S+");
        assertThat(lines.get(2)).startsWith("     3  ");
        assertThat(lines.get(3)).isEqualTo("3 change(s); more may follow: --after 3");
        assertThat(cli.run("changes", "--after", "3", "--limit", "1").out()).startsWith("     4  ");
        assertThat(cli.run("changes", "--since", "2999-01-01").out()).isEqualTo("0 change(s)\n");
        assertThat(cli.run("changes", "--since", "tomorrow").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    @DisplayName("changes needs the store: with --data it is a usage error")
    void changesWithoutStore(@TempDir Path data) {
        Cli.Run run = cli.run("changes", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("change log is kept by the store");
    }

    @Test
    @DisplayName("show names the unit's events and who recorded it")
    void showHistory() {
        Cli.Run run = cli.run("show", "halland.hallandstrafiken");

        assertThat(run.out()).contains("event:", "transfer of a function 2023-01-01  [halland.hallandstrafiken-2023]",
                "recorded:", "by regionkarta at");
    }

    @Test
    @DisplayName("figures as of a day leave out figures of a later period")
    void figuresAsOf() {
        Cli.Run today = cli.run("figures", "kalmar.primarvard");
        Cli.Run before = cli.run("figures", "kalmar.primarvard", "--as-of", "2023-12-31");

        assertThat(today.out()).contains("475000 per år 2024");
        assertThat(before.out()).doesNotContain("475000");
    }

    @Test
    @DisplayName("conflicts as of a day before the region existed leave out the conflicts about its facts")
    void conflictsAsOf() {
        assertThat(cli.run("conflicts", "--region", "kalmar").out()).contains("Antal förvaltningar");
        assertThat(cli.run("conflicts", "--region", "kalmar", "--as-of", "2018-06-01").out())
                .doesNotContain("Antal förvaltningar").contains("conflict(s)");
    }

    @Test
    @DisplayName("export --as-of writes only the facts in force that day")
    void exportAsOf() throws Exception {
        Path file = home.resolve("2018.json");
        Cli.Run run = cli.run("export", "--as-of", "2018-06-01", "--out", file.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode doc = Json.mapper().readTree(Files.readString(file));
        List<String> units = doc.get("units").findValuesAsText("id");
        assertThat(units).contains("landstinget-kalmar", "regionforbundet-kalmar").doesNotContain("kalmar");
        assertThat(doc.get("events")).isEmpty();
        assertThat(doc.get("terms")).as("no term of the registry runs on 2018-06-01").isEmpty();
        JsonNode in2020 = Json.mapper().readTree(cli.run("export", "--as-of", "2020-06-01").out());
        assertThat(in2020.get("terms").findValuesAsText("id")).containsExactly("2018-2022");
        assertThat(in2020.get("seats").findValuesAsText("termId")).isNotEmpty().allMatch("2018-2022"::equals);
        assertThat(in2020.get("events").findValuesAsText("id")).containsExactly("kalmar.bildande-2019");
        JsonNode all = Json.mapper().readTree(cli.run("export").out());
        assertThat(all.get("units").size()).isGreaterThan(doc.get("units").size());
        assertThat(all.get("events")).hasSize(2);
    }

    @Test
    @DisplayName("tree and show name a renamed unit as it was called on the day, and find it by its old name")
    void namesAsOf(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("data.yaml"), """
                sources:
                  - {id: s, title: Källa, kind: own-publication, accessed: 2026-01-01}
                units:
                  - id: r
                    name: Region Test
                    kind: region
                    identifiers: {county-code: "08"}
                    sources: [s]
                    units:
                      - id: r.a
                        name: Nya förvaltningen
                        kind: administration
                        former_names: [{name: Gamla förvaltningen, until: 2020-12-31}]
                        sources: [s]
                events:
                  - {id: e1, kind: rename, date: 2021-01-01, originals: [r.a], results: [r.a], new_name: Nya förvaltningen, sources: [s]}
                """);
        String dir = data.toString();

        assertThat(cli.run("tree", "r", "--as-of", "2020-06-01", "--data", dir).out()).contains("Gamla förvaltningen  (förvaltning)");
        assertThat(cli.run("tree", "r", "--as-of", "2021-06-01", "--data", dir).out()).contains("Nya förvaltningen  (förvaltning)");
        Cli.Run show = cli.run("show", "Gamla förvaltningen", "--as-of", "2020", "--data", dir);
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).startsWith("Gamla förvaltningen (now Nya förvaltningen)")
                .contains("former name:     Gamla förvaltningen (until 2020-12-31)", "rename 2021-01-01  [e1]");
    }

    @Test
    @DisplayName("the new commands answer --help")
    void help() {
        for (String command : List.of("lineage", "diff", "changes")) {
            Cli.Run run = cli.run(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: regionkarta " + command);
        }
    }
}
