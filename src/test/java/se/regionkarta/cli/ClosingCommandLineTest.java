package se.regionkarta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 on the command line: load never erases, and the registry goes back out as data files. */
class ClosingCommandLineTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a directory holding only sources.yaml is refused with exit 2 and a sentence; the store is unchanged; "
            + "with --allow-closing the facts are closed or withdrawn and the feed says why")
    void sourcesOnlyIsRefusedUnlessAllowed() throws Exception {
        Cli cli = new Cli(dir.resolve("home"));
        assertThat(cli.run("load").exitCode()).isZero();
        String before = cli.run("export", "--format", "json").out();
        Path sourcesOnly = Files.createDirectories(dir.resolve("only"));
        Files.copy(Path.of("data/sources.yaml"), sourcesOnly.resolve("sources.yaml"));

        Cli.Run refused = cli.run("load", sourcesOnly.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("load refused: it would close or withdraw", "--allow-closing")
                .doesNotContain("Exception");
        assertThat(cli.run("export", "--format", "json").out()).isEqualTo(before);

        Cli.Run allowed = cli.run("load", sourcesOnly.toString(), "--allow-closing");

        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.out()).containsPattern("\\d+ closed, \\d+ withdrawn");
        assertThat(cli.run("tree", "Region Kalmar län", "--as-of", "2020-01-01").out()).contains("Länssjukhuset i Kalmar");
        assertThat(cli.run("changes", "--limit", "100000").out()).contains("close ", "withdraw",
                "(not in " + sourcesOnly.toAbsolutePath().normalize() + ")");
    }

    @Test
    @DisplayName("export --format data writes the registry as data files that load into an empty store as the same registry")
    void exportDataRoundTrip() throws Exception {
        Cli first = new Cli(dir.resolve("first"));
        assertThat(first.run("load").exitCode()).isZero();
        Path out = dir.resolve("data-out");

        Cli.Run export = first.run("export", "--format", "data", "--out", out.toString());
        Cli second = new Cli(dir.resolve("second"));
        Cli.Run load = second.run("load", out.toString());

        assertThat(export.exitCode()).isZero();
        assertThat(out.resolve("sources.yaml")).exists();
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(second.run("export", "--format", "json").out()).isEqualTo(first.run("export", "--format", "json").out());
        Files.writeString(out.resolve("stray.yaml"), "sources: []\n");
        Cli.Run again = first.run("export", "--format", "data", "--out", out.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).contains("stray.yaml");
    }
}
