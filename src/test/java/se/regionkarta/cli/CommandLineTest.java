package se.regionkarta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/** The command line as a user runs it, against the bundled data in a real H2 store. */
class CommandLineTest {

    @TempDir
    Path home;

    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    @Test
    @DisplayName("validate accepts the bundled data set and exits 0")
    void validateBundled() {
        Cli.Run run = cli.run("validate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("the bundled data set is valid");
    }

    @Test
    @DisplayName("validate rejects a bad data directory with file, line and message, and exits 1")
    void validateBad(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("units.yaml"), """
                units:
                  - id: x
                    name: X
                    kind: hospital
                    sources: [nowhere]
                """);

        Cli.Run run = cli.run("validate", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("units.yaml:5: source 'nowhere' of 'x' does not exist");
    }

    @Test
    @DisplayName("tree prints every administration of Region Kalmar län and every unit below them")
    void treeOfKalmar() {
        Cli.Run run = cli.run("tree", "Region Kalmar län");

        assertThat(run.exitCode()).isZero();
        Snapshot snapshot = new Snapshot(se.regionkarta.SectionReaders.loader().loadBundled().dataset());
        List<Unit> below = descendants(snapshot, "kalmar");
        assertThat(below).hasSizeGreaterThan(50);
        for (Unit u : below) {
            assertThat(run.out()).contains(u.name() + "  (" + u.kind().swedish());
        }
        assertThat(run.out()).contains("Hälso- och sjukvårdsförvaltningen", "Primärvårdsförvaltningen",
                "Psykiatriförvaltningen", "Folktandvården", "Regionservice", "Kalmar länstrafik", "IT-förvaltningen",
                "Regional utvecklingsförvaltning", "Regiondirektörens stab");
    }

    @Test
    @DisplayName("tree accepts a stable id as well as a Swedish name")
    void treeById() {
        assertThat(cli.run("tree", "kalmar.hsf").out()).contains("Länssjukhuset i Kalmar", "Diagnostiskt centrum");
    }

    @Test
    @DisplayName("tree as of 2018 shows the county council and the regional association instead of the region")
    void treeBeforeTheRegion() {
        Cli.Run run = cli.run("tree", "Region Kalmar län", "--as-of", "2018-06-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("did not exist on 2018-06-01", "Landstinget i Kalmar län",
                "Regionförbundet i Kalmar län").doesNotContain("Hälso- och sjukvårdsförvaltningen");
    }

    @Test
    @DisplayName("an unknown unit ends with exit code 3 and says what was not found")
    void unknownUnit() {
        Cli.Run run = cli.run("tree", "Region Atlantis");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(run.err()).contains("no unit has the id or name 'Region Atlantis'");
    }

    @Test
    @DisplayName("a bad --as-of date is a usage error, not a crash")
    void badDate() {
        Cli.Run run = cli.run("tree", "kalmar", "--as-of", "2018-02-30");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--as-of").doesNotContain("Exception");
    }

    @Test
    @DisplayName("bodies shows the Kalmar assembly's 2022-2026 seats, majority and opposition")
    void bodiesOfKalmar() {
        Cli.Run run = cli.run("bodies", "Region Kalmar län", "--as-of", "2025-06-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Regionfullmäktige", "67 members",
                "seats 2022-2026: S 24, M 12, SD 12, KD 8, C 6, V 5 = 67",
                "majority: S, C, V, 35 seats", "opposition: M, SD, KD, 32 seats",
                "Regionstyrelsen", "15 members", "Angelica Katsanidou (S)", "Carl-Wiktor Svensson (KD)",
                "Samverkansnämnden", "3 members and 3 substitutes from this region");
    }

    @Test
    @DisplayName("bodies after the 2026 election does not present the 2022-2026 seats as current")
    void bodiesAfterTheTerm() {
        Cli.Run run = cli.run("bodies", "kalmar", "--as-of", "2026-11-01");

        assertThat(run.out()).contains("seats 2026-2030: not yet in the registry; latest recorded, 2022-2026")
                .doesNotContain("majority: S, C, V");
    }

    @Test
    @DisplayName("bodies as of 2020 shows the 2018-2022 seats")
    void bodiesIn2020() {
        assertThat(cli.run("bodies", "kalmar", "--as-of", "2020-06-01").out())
                .contains("seats 2018-2022: S 25, M 10, SD 10, C 8, KD 7, V 4, L 3 = 67");
    }

    @Test
    @DisplayName("conflicts lists the disagreements between the sources about Region Kalmar län")
    void conflictsOfKalmar() {
        Cli.Run run = cli.run("conflicts", "--region", "kalmar");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Antal förvaltningar", "* 8", "9  ← kalmar-jobs",
                "rule: editorial decision", "Filialer", "Tandvårdskliniker", "Stabens funktioner");
        assertThat(run.out()).containsPattern("\\* 3 .*kalmar-deck").containsPattern("   2 .*regionkalmar-val-2022");
        assertThat(run.out()).contains("Medarbetare: 1190, but its parts (tillsvidare 875, tidsbegränsade 85, timanställda 234) add up to 1194");
    }

    @Test
    @DisplayName("show prints a unit's facts, each with its source")
    void show() {
        Cli.Run run = cli.run("show", "Västerviks sjukhus");

        assertThat(run.out()).contains("kalmar.vasterviks-sjukhus", "sjukhus / hospital", "Hälso- och sjukvårdsförvaltningen",
                "Västervik", "governed by:", "Regionstyrelsen", "sources:", "kalmar-organisation");
    }

    @Test
    @DisplayName("figures prints key figures with qualifier, period and source")
    void figures() {
        Cli.Run run = cli.run("figures", "kalmar.psykiatri");

        assertThat(run.out()).contains("ungefär 124000 per år", "89", "cirka 640", "source: kalmar-deck");
    }

    @Test
    @DisplayName("load fills the store once; loading again changes nothing")
    void loadTwice() {
        Cli.Run first = cli.run("load");
        Cli.Run second = cli.run("load");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).containsPattern("loaded \\d+ facts");
        assertThat(second.out()).contains("0 added, 0 changed, 0 closed, 0 withdrawn");
    }

    @Test
    @DisplayName("load refuses a bad directory and stores nothing")
    void loadBad(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("seats.csv"), "body,term,party,seats,sources\nx,2022-2026,S,many,s\n");

        Cli.Run run = cli.run("load", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("seats.csv:2", "whole number");
        assertThat(Files.exists(home.resolve("regionkarta.mv.db"))).isFalse();
    }

    @Test
    @DisplayName("a bad directory loaded over a filled store leaves every stored fact as it was")
    void loadBadOverGood(@TempDir Path data) throws Exception {
        cli.run("load");
        se.regionkarta.dataset.model.Dataset before;
        try (var store = se.regionkarta.store.Store.open(se.regionkarta.store.StoreConfig.embedded(home), java.time.Clock.systemUTC())) {
            before = store.read();
        }
        Files.writeString(data.resolve("units.yaml"), "units:\n  - id: kalmar\n    name: Fel\n    kind: region\n    sources: [x]\n");

        Cli.Run run = cli.run("load", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("nothing was loaded").doesNotContain("Exception");
        try (var store = se.regionkarta.store.Store.open(se.regionkarta.store.StoreConfig.embedded(home), java.time.Clock.systemUTC())) {
            assertThat(store.read()).isEqualTo(before);
            assertThat(store.read().all(Unit.class)).extracting(Unit::name).contains("Region Kalmar län").doesNotContain("Fel");
        }
    }

    @Test
    @DisplayName("every command answers --help")
    void help() {
        for (String command : List.of("validate", "load", "tree", "show", "figures", "bodies", "conflicts", "export")) {
            Cli.Run run = cli.run(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: regionkarta " + command);
        }
    }

    private static List<Unit> descendants(Snapshot snapshot, String id) {
        List<Unit> all = new java.util.ArrayList<>();
        for (Unit child : snapshot.children(id, LocalDate.now())) {
            all.add(child);
            all.addAll(descendants(snapshot, child.id()));
        }
        return all;
    }
}
