package se.regionkarta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 7: every ordinary mistake on the command line is a sentence and an exit code, never
 * a stack trace or a Java class name; files are written as the person's other files are.
 */
class OrdinaryMistakesTest {

    @TempDir
    Path dir;

    private Cli.Run run(String... args) {
        return new Cli(dir.resolve("home")).run(args);
    }

    /** Runs a command that reads no store, so takes no --home. */
    private static Cli.Run runWithoutStore(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = se.regionkarta.App.commandLine();
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        int code = cli.execute(args);
        return new Cli.Run(code, out.toString(), err.toString());
    }

    private static void assertPlain(Cli.Run run) {
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "java.", "se.regionkarta.");
    }

    @Test
    @DisplayName("export --out into a folder that does not exist says so, names the option, and exits 2")
    void outputFolderMissing() {
        Path out = dir.resolve("no-such-folder").resolve("export.json");

        Cli.Run run = run("export", "--data", "data", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out", "the folder", "no-such-folder", "does not exist");
        assertPlain(run);
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    @DisplayName("export --out naming a folder asks for a file name, exit 2")
    void outputIsAFolder() {
        Cli.Run run = run("export", "--data", "data", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out", "is a folder");
        assertPlain(run);
    }

    @Test
    @DisplayName("an exported file gets the permissions the person's other new files get, not owner-only ones")
    void ordinaryPermissions() throws IOException {
        Path out = dir.resolve("export.csv");
        Path neighbour = Files.createFile(dir.resolve("neighbour.txt"));

        Cli.Run run = run("export", "--data", "data", "--format", "csv", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(neighbour);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(expected);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".part-"));
    }

    @Test
    @DisplayName("generate-population --out naming a file, not a folder, is refused with exit 2")
    void populationIntoAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");

        Cli.Run run = runWithoutStore("generate-population", "--residents", "10", "--changes", "1", "--year", "2025",
                "--seed", "1", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out", "is a file, not a folder");
        assertPlain(run);
    }
}
